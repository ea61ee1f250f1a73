/* pw-import-text.c: the keys the recognisers read, and small text helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A line's key spells its text as the recognisers read it (see
 * #PwImportLine): full-width forms in ASCII, U+3000 and no-break spaces as
 * spaces, traditional characters in simplified form, one character for one.
 * Here too: trimming, skipping characters, Chinese and Arabic numerals and
 * dates, which every step of the importer reads.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-private.h"
#include "pw-importer.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

/* Traditional characters that plans print, and their simplified forms, in
 * the same order. Only characters that never occur in simplified text. */
static const char traditional_chars[] =
  "節標約預專欄總體務類領項護醫療衛殘養蓋應盡動態穩長數億萬歲學業會發區規劃達導實現"
  "況準屬與為於號關單張個戶間齡兒園參險貼補創勞職員練訓設覽圖書館場積農鄉鎮縣際範圍"
  "開辦進運營濟產權優軍擁撫殯災質監測評價責種強層級極網絡線對當從來時這們麼後裡臺門"
  "問聞聽說話語讀課試議計調變響經環結構織紀續維細組終給統紅車週過還遠選適邊傳僅備兩"
  "內寫聯陽隊雜雙難電靈頁題額顯願風飛馬驗鬥魚鳥麥黃齊龍盤錦寧頂驛樂鄭藥葉蘭藝蘇處視"
  "覺親觀記許證認識讓貧費資賦購貸趨軟輕載輔轉郵鄰釋錢鐵鏈閑閒陸隨雲順頻飲飯駕並佔倉"
  "黨冊勢勵協廠報壞壓壯夠奮婦寶審將屆帶幫幹廣庫廢彙徑徵慣慶憂懷戰擔據擴攜敵斷曆歷條"
  "東樣機檢歡歸氣漢滅滿濕燈爭獎獨畫確礎禮稅窮競筆簡糧綜綠緊編縮績繼罰聲脫興舉舊艱華"
  "蟲術衝裝製複觸訂訊託詢該誌誕談請諮謀講謝貢負財貨貫貿賃賽贊贏趕跡蹤軌較輸迴遊遺遷"
  "釀針銀銷鋪錄鍵閱階隱雖離霧靜頭點壽幾雞劑傷殺溫湧豐團國塊壇壩債傾側儲嚴喪噸啟廳溝"
  "減淨滯漁濱爐牽狀獲畢異疊盧眾碼磚礙稱穀紐絕絲綱緩縱繳纜罷羅義習聖肅脈腦膚臨臟莊蒼"
  "薦衆裏襲見覓訴診詞誤誰論諾謂譯讚賓賠賴贈趙踐軸輛輪辭邁遞遲遼錯鍋鍛鏡鐘閉閩闊陣陰"
  "陳陝隸顧飄飽餘駐騎驅鬧魯鳳鹽麗齒漲賬慮鑒訪錶廁廚糾紓紮倫偉償儀匯僱殼擬攤擺擇撥揮"
  "損換摯撐敘斂暫曉樞橋檔櫃殲氈沒淺渾滾潔潤澤澇瀏灘烏煙熱爺牆獄猻瑣璣癱盜礦祿禪稟窯"
  "竄籌簽籤粵繩繪繞";

static const char simplified_chars[] =
  "节标约预专栏总体务类领项护医疗卫残养盖应尽动态稳长数亿万岁学业会发区规划达导实现"
  "况准属与为于号关单张个户间龄儿园参险贴补创劳职员练训设览图书馆场积农乡镇县际范围"
  "开办进运营济产权优军拥抚殡灾质监测评价责种强层级极网络线对当从来时这们么后里台门"
  "问闻听说话语读课试议计调变响经环结构织纪续维细组终给统红车周过还远选适边传仅备两"
  "内写联阳队杂双难电灵页题额显愿风飞马验斗鱼鸟麦黄齐龙盘锦宁顶驿乐郑药叶兰艺苏处视"
  "觉亲观记许证认识让贫费资赋购贷趋软轻载辅转邮邻释钱铁链闲闲陆随云顺频饮饭驾并占仓"
  "党册势励协厂报坏压壮够奋妇宝审将届带帮干广库废汇径征惯庆忧怀战担据扩携敌断历历条"
  "东样机检欢归气汉灭满湿灯争奖独画确础礼税穷竞笔简粮综绿紧编缩绩继罚声脱兴举旧艰华"
  "虫术冲装制复触订讯托询该志诞谈请咨谋讲谢贡负财货贯贸赁赛赞赢赶迹踪轨较输回游遗迁"
  "酿针银销铺录键阅阶隐虽离雾静头点寿几鸡剂伤杀温涌丰团国块坛坝债倾侧储严丧吨启厅沟"
  "减净滞渔滨炉牵状获毕异叠卢众码砖碍称谷纽绝丝纲缓纵缴缆罢罗义习圣肃脉脑肤临脏庄苍"
  "荐众里袭见觅诉诊词误谁论诺谓译赞宾赔赖赠赵践轴辆轮辞迈递迟辽错锅锻镜钟闭闽阔阵阴"
  "陈陕隶顾飘饱余驻骑驱闹鲁凤盐丽齿涨账虑鉴访表厕厨纠纾扎伦伟偿仪汇雇壳拟摊摆择拨挥"
  "损换挚撑叙敛暂晓枢桥档柜歼毡没浅浑滚洁润泽涝浏滩乌烟热爷墙狱狲琐玑瘫盗矿禄禅禀窑"
  "窜筹签签粤绳绘绕";

typedef struct
{
  gunichar traditional;
  gunichar simplified;
} CharPair;

static CharPair *char_pairs;
static guint n_char_pairs;
/* one bit per character of U+4E00–U+9FFF: whether it is traditional */
static guint8 traditional_bits[(0x9FFF - 0x4E00 + 1) / 8 + 1];
/* one bit per character of the BMP: whether a key spells it otherwise */
static guint8 key_changes[0x10000 / 8];

/* Auxiliary methods */

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const CharPair *pa = a;
  const CharPair *pb = b;

  return (pa->traditional > pb->traditional) - (pa->traditional < pb->traditional);
}

void
pw_import_init_char_pairs (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      glong n = g_utf8_strlen (traditional_chars, -1);
      const char *t = traditional_chars;
      const char *s = simplified_chars;

      g_assert (n == g_utf8_strlen (simplified_chars, -1));
      char_pairs = g_new (CharPair, n);
      for (glong i = 0; i < n; i++)
        {
          char_pairs[i].traditional = g_utf8_get_char (t);
          char_pairs[i].simplified = g_utf8_get_char (s);
          t = g_utf8_next_char (t);
          s = g_utf8_next_char (s);
        }
      qsort (char_pairs, n, sizeof (CharPair), compare_pairs);
      n_char_pairs = n;
      for (glong i = 0; i < n; i++)
        {
          guint bit = char_pairs[i].traditional - 0x4E00;

          traditional_bits[bit / 8] |= 1 << (bit % 8);
          key_changes[char_pairs[i].traditional / 8] |= 1 << (char_pairs[i].traditional % 8);
        }
      for (gunichar c = 0xFF01; c <= 0xFF5E; c++)
        key_changes[c / 8] |= 1 << (c % 8);
      key_changes[0x3000 / 8] |= 1 << (0x3000 % 8);
      key_changes[0x00A0 / 8] |= 1 << (0x00A0 % 8);
      g_once_init_leave (&initialized, 1);
    }
}

static gunichar
simplified_of (gunichar c)
{
  guint lo = 0;
  guint hi = n_char_pairs;
  guint bit = c - 0x4E00;

  if (c < 0x4E00 || c > 0x9FFF || !(traditional_bits[bit / 8] & (1 << (bit % 8))))
    return 0;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (char_pairs[mid].traditional == c)
        return char_pairs[mid].simplified;
      if (char_pairs[mid].traditional < c)
        lo = mid + 1;
      else
        hi = mid;
    }

  return 0;
}

gboolean
pw_import_is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x3000 || c == 0x00A0 || c == 0xFEFF || c == '\f' ||
         c == '\v';
}

/* Writes the key of @text to @out, which has room for @length bytes (a
 * key is never longer than its text), and returns its length: full-width
 * ASCII forms to ASCII, U+3000 and no-break spaces to spaces, traditional
 * to simplified characters. One character for one, so that places in the
 * key are places in the text. Runs of ASCII and of characters that do not
 * change (one look at a map of the BMP each) are copied as they are.
 * *@differs is set when a character changed. */
gsize
pw_import_write_key (char       *out,
                     const char *text,
                     gsize       length,
                     guint      *n_traditional,
                     gboolean   *differs)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + length;
  const guchar *run = p;
  char *o = out;

  while (p < end)
    {
      guchar b;
      gunichar c;
      gunichar k = 0;
      gsize n;

      while (p < end && *p < 0x80)
        p++;
      /* a run of three-byte characters that stay as they are (Chinese
       * text): one look at the map each, nothing else */
      while (end - p >= 3 && (*p & 0xF0) == 0xE0)
        {
          c = ((gunichar) (*p & 0x0F) << 12) | ((gunichar) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
          if (key_changes[c / 8] & (1 << (c % 8)))
            break;
          p += 3;
        }
      if (p == end)
        break;
      b = *p;
      if (b < 0x80)
        continue; /* ASCII after the run */
      if (b < 0xC2 || b > 0xEF)
        {
          p += b < 0xC2 ? 2 : 4; /* four bytes (or not a lead byte): never changes */
          continue;
        }

      /* two- and three-byte sequences */
      n = b < 0xE0 ? 2 : 3;
      if ((gsize) (end - p) < n)
        {
          p = end; /* a character cut off at the end is copied as it is */
          break;
        }
      if (n == 2)
        c = ((gunichar) (b & 0x1F) << 6) | (p[1] & 0x3F);
      else
        c = ((gunichar) (b & 0x0F) << 12) | ((gunichar) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
      /* nearly every character: one look at the map */
      if (!(key_changes[c / 8] & (1 << (c % 8))))
        {
          p += n;
          continue;
        }
      if (c >= 0xFF01 && c <= 0xFF5E)
        k = c - 0xFEE0;
      else if (c == 0x3000 || c == 0x00A0)
        k = ' ';
      else if ((k = simplified_of (c)) != 0 && n_traditional != NULL)
        (*n_traditional)++;

      if (k != 0)
        {
          *differs = TRUE;
          memcpy (o, run, p - run);
          o += p - run;
          o += g_unichar_to_utf8 (k, o);
          run = p + n;
        }
      p += n;
    }

  p = MIN (p, end);
  memcpy (o, run, p - run);
  o += p - run;
  return o - out;
}

/* Public API */

/**
 * pw_import_count_chars:
 * @text: valid UTF-8
 * @length: its length in bytes
 *
 * Returns: the characters of @text, as g_utf8_strlen() counts them, in a
 *   loop the compiler vectorises
 */
glong
pw_import_count_chars (const char *text,
                       gsize       length)
{
  glong n = 0;

  for (gsize i = 0; i < length; i++)
    n += ((guchar) text[i] & 0xC0) != 0x80;
  return n;
}

/**
 * pw_import_make_key:
 * @text: a text
 * @length: its length in bytes, or -1
 * @n_traditional: (out) (optional): incremented for each traditional
 *   character read in simplified form
 *
 * Returns: (transfer full): the key of @text (see #PwImportLine)
 */
char *
pw_import_make_key (const char *text,
                    gssize      length,
                    guint      *n_traditional)
{
  gboolean differs = FALSE;
  char *out;

  pw_import_init_char_pairs ();

  if (length < 0)
    length = strlen (text);
  out = g_malloc (length + 1);
  out[pw_import_write_key (out, text, length, n_traditional, &differs)] = '\0';
  return out;
}

/**
 * pw_import_simplify:
 * @text: a text as printed
 *
 * Returns: (transfer full) (nullable): @text with traditional characters in
 *   simplified form, or %NULL when it holds none
 */
char *
pw_import_simplify (const char *text)
{
  GString *out = NULL;

  pw_import_init_char_pairs ();

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar s = (c >= 0x4E00 && c <= 0x9FFF) ? simplified_of (c) : 0;

      if (s != 0 && out == NULL)
        out = g_string_new_len (text, p - text);
      if (out != NULL)
        g_string_append_unichar (out, s != 0 ? s : c);
    }

  return out != NULL ? g_string_free (out, FALSE) : NULL;
}

/**
 * pw_import_strip_spaces:
 * @text: a key
 *
 * Returns: (transfer full): @text without spaces and tabs ("文  号" → "文号")
 */
char *
pw_import_strip_spaces (const char *text)
{
  char *out = g_malloc (strlen (text) + 1);
  char *o = out;

  for (const char *p = text; *p; p++)
    if (*p != ' ' && *p != '\t')
      *o++ = *p;
  *o = '\0';
  return out;
}

/**
 * pw_import_strip_spaces_to:
 * @text: a key
 * @out: (out caller-allocates): room for @size bytes
 * @size: the room, above 0
 *
 * Writes what pw_import_strip_spaces() returns into @out, without an
 * allocation, for the comparisons of a cell with a few short words.
 *
 * Returns: whether it fits; when it does not (more than @size − 1 bytes
 *   are left), @out holds nothing to read and the text is longer than any
 *   word that fits
 */
gboolean
pw_import_strip_spaces_to (const char *text,
                           char       *out,
                           gsize       size)
{
  char *o = out;
  char *end = out + size - 1;

  for (const char *p = text; *p; p++)
    if (*p != ' ' && *p != '\t')
      {
        if (o == end)
          return FALSE;
        *o++ = *p;
      }
  *o = '\0';
  return TRUE;
}

/**
 * pw_import_is_spaced_word:
 * @key: a text
 * @word: a word
 *
 * Returns: whether @key is @word with spaces or tabs anywhere (前 言): what
 *   comparing pw_import_strip_spaces() of @key with @word tells, without
 *   making the copy
 */
gboolean
pw_import_is_spaced_word (const char *key,
                          const char *word)
{
  const char *w = word;

  for (const char *p = key; *p; p++)
    if (*p != ' ' && *p != '\t' && *p != *w++)
      return FALSE;
  return *w == '\0';
}

/**
 * pw_import_trimmed:
 * @text: a text
 * @length: its length in bytes, or -1
 * @out_length: (out): the length of what pw_import_trim() would return
 *
 * Returns: where the text without white space at either end starts, in @text
 */
const char *
pw_import_trimmed (const char *text,
                   gssize      length,
                   gsize      *out_length)
{
  const char *start = text;
  const char *end;

  if (length < 0)
    length = strlen (text);
  end = text + length;

  /* an ASCII letter or digit at either end is never a space */
  while (start < end && pw_import_may_start_space (*start) && pw_import_is_space (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start && pw_import_may_end_space (end[-1]))
    {
      const char *last = (guchar) end[-1] < 0x80 ? end - 1 : g_utf8_find_prev_char (start, end);

      if (last == NULL || !pw_import_is_space (g_utf8_get_char (last)))
        break;
      end = last;
    }

  *out_length = strnlen (start, end - start);
  return start;
}

/**
 * pw_import_trim:
 * @text: a text
 * @length: its length in bytes, or -1
 *
 * Returns: (transfer full): @text without white space at either end
 */
char *
pw_import_trim (const char *text,
                gssize      length)
{
  gsize n;
  const char *start = pw_import_trimmed (text, length, &n);

  return g_strndup (start, n);
}

const char *
pw_import_skip_spaces (const char *text)
{
  while (pw_import_may_start_space (*text) && pw_import_is_space (g_utf8_get_char (text)))
    text = g_utf8_next_char (text);
  return text;
}

/* Skips @n_chars characters, stopping at the end of @text. */
const char *
pw_import_skip_chars (const char *text,
                      glong       n_chars)
{
  for (glong i = 0; i < n_chars && *text; i++)
    text = g_utf8_next_char (text);
  return text;
}

gboolean
pw_import_is_cjk (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF) || c == 0x3007;
}

static int
cjk_digit (gunichar c)
{
  switch (c)
    {
    case 0x96F6: /* 零 */
    case 0x3007: /* 〇 */
    case 0x25CB: /* ○ */
      return 0;
    case 0x4E00: return 1; /* 一 */
    case 0x4E8C: return 2; /* 二 */
    case 0x4E24: return 2; /* 两 */
    case 0x4E09: return 3; /* 三 */
    case 0x56DB: return 4; /* 四 */
    case 0x4E94: return 5; /* 五 */
    case 0x516D: return 6; /* 六 */
    case 0x4E03: return 7; /* 七 */
    case 0x516B: return 8; /* 八 */
    case 0x4E5D: return 9; /* 九 */
    default: return -1;
    }
}

/**
 * pw_import_parse_numeral:
 * @text: a key
 * @end: (out) (optional): after the numeral
 *
 * Reads a number in Arabic digits (12) or Chinese numerals (十二, 一百零五)
 * at the start of @text.
 *
 * Returns: the number, or -1 when @text does not start with one
 */
int
pw_import_parse_numeral (const char  *text,
                         const char **end)
{
  const char *p = text;
  int total = 0;
  int digit = -1;
  gboolean any = FALSE;

  if (g_ascii_isdigit (*p))
    {
      int n = 0;
      int n_digits = 0;

      while (g_ascii_isdigit (*p) && n_digits < 6)
        {
          n = n * 10 + (*p - '0');
          n_digits++;
          p++;
        }
      if (end != NULL)
        *end = p;
      return n;
    }

  while (*p)
    {
      gunichar c = g_utf8_get_char (p);
      int d = cjk_digit (c);
      int unit = c == 0x5341 ? 10 : c == 0x767E ? 100 : c == 0x5343 ? 1000 : 0; /* 十 百 千 */

      if (d >= 0)
        digit = d;
      else if (unit > 0)
        {
          total += (digit < 0 ? 1 : digit) * unit;
          digit = -1;
        }
      else
        break;
      any = TRUE;
      p = g_utf8_next_char (p);
    }

  if (!any)
    return -1;
  if (digit > 0)
    total += digit;
  if (end != NULL)
    *end = p;
  return total;
}

/**
 * pw_import_parse_date:
 * @key: a key
 * @year: (out): the year
 * @month: (out): the month, 1–12
 * @day: (out): the day, 1–31
 * @end: (out) (optional): after the date
 *
 * Reads a date at the start of @key: 2022年5月17日, 2022-08-15, 2022.8.15,
 * 二〇二二年五月十七日.
 *
 * Returns: whether @key starts with a date
 */
gboolean
pw_import_parse_date (const char  *key,
                      int         *year,
                      int         *month,
                      int         *day,
                      const char **end)
{
  const char *p = pw_import_skip_spaces (key);
  int y = 0;
  int n_digits = 0;
  gboolean chinese = FALSE;
  char separator = 0;

  while (n_digits < 4)
    {
      gunichar c = g_utf8_get_char (p);
      int d = g_ascii_isdigit (c) ? (int) (c - '0') : cjk_digit (c);

      if (d < 0 || (n_digits > 0 && chinese != !g_ascii_isdigit (c)))
        break;
      chinese = !g_ascii_isdigit (c);
      y = y * 10 + d;
      n_digits++;
      p = g_utf8_next_char (p);
    }
  if (n_digits != 4 || y < 1900 || y > 2200)
    return FALSE;

  p = pw_import_skip_spaces (p);
  if (pw_import_has_prefix (p, "年"))
    p += strlen ("年");
  else if (!chinese && (*p == '-' || *p == '.' || *p == '/'))
    separator = *p++;
  else
    return FALSE;

  *month = pw_import_parse_numeral (pw_import_skip_spaces (p), &p);
  if (*month < 1 || *month > 12)
    return FALSE;
  p = pw_import_skip_spaces (p);
  if (separator != 0)
    {
      if (*p != separator)
        return FALSE;
      p++;
    }
  else if (pw_import_has_prefix (p, "月"))
    p += strlen ("月");
  else
    return FALSE;

  *day = pw_import_parse_numeral (pw_import_skip_spaces (p), &p);
  if (*day < 1 || *day > 31)
    return FALSE;
  p = pw_import_skip_spaces (p);
  if (separator == 0)
    {
      if (pw_import_has_prefix (p, "日"))
        p += strlen ("日");
      else if (pw_import_has_prefix (p, "号"))
        p += strlen ("号");
      else
        return FALSE;
    }

  *year = y;
  if (end != NULL)
    *end = p;
  return TRUE;
}
