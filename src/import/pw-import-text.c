/* pw-import-text.c: the importer's view of the bytes: encoding, lines, keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decoding. A UTF-8 byte-order mark is dropped and a UTF-16 one converts
 * the text. Without a mark, text that is valid UTF-8 is read as UTF-8, and
 * anything else is tried as GB18030 (the superset of GBK and GB2312 that
 * Chinese Windows writes); the encoding is detected, never asked for. A
 * text cut inside its last character loses that character. Text that is
 * UTF-8 but for a few stray bytes (fewer than one in a hundred) has them
 * replaced by U+FFFD. Input with NUL bytes, input that reads in neither
 * encoding, and "text" full of control characters are not text at all.
 *
 * Lines end at LF, CRLF or a lone CR, so that line numbers are those an
 * editor shows for the original file, whatever the line ends were. Each line
 * loses what is never content: [bookmark: …] tags left by Word converters,
 * control characters (which a .plan file cannot hold) and white space at
 * either end. Page-number footers ("— 4 —", "- 12 -", "第3页", also when a
 * converter split them over several lines) are marked as noise.
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

/* Auxiliary methods */

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const CharPair *pa = a;
  const CharPair *pb = b;

  return (pa->traditional > pb->traditional) - (pa->traditional < pb->traditional);
}

static void
init_char_pairs (void)
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
        }
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

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x3000 || c == 0x00A0 || c == 0xFEFF || c == '\f' ||
         c == '\v';
}

/* Appends the key of @text to @out: full-width ASCII forms to ASCII, U+3000
 * and no-break spaces to spaces, traditional to simplified characters. One
 * character for one, so that places in the key are places in the text.
 * Only a few lead bytes can start a character that changes; runs of other
 * bytes are copied as they are. */
static void
append_key (GString    *out,
            const char *text,
            gsize       length,
            guint      *n_traditional)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + length;
  const guchar *run = p;

  while (p < end)
    {
      guchar b = *p;
      gunichar c;
      gunichar k = 0;
      gsize n;

      if (b < 0xC2 || (b > 0xC2 && b < 0xE3) || b == 0xEA || (b > 0xEF))
        {
          p += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
          continue;
        }

      c = g_utf8_get_char ((const char *) p);
      n = g_utf8_next_char (p) - (const char *) p;
      if (c >= 0xFF01 && c <= 0xFF5E)
        k = c - 0xFEE0;
      else if (c == 0x3000 || c == 0x00A0)
        k = ' ';
      else if ((k = simplified_of (c)) != 0 && n_traditional != NULL)
        (*n_traditional)++;

      if (k != 0)
        {
          g_string_append_len (out, (const char *) run, p - run);
          g_string_append_unichar (out, k);
          run = p + n;
        }
      p += n;
    }

  g_string_append_len (out, (const char *) run, MIN (p, end) - run);
}

/* Whether @p[0..@n) is the beginning of a UTF-8 sequence that the input
 * cut off. */
static gboolean
is_cut_sequence (const guchar *p,
                 gsize         n)
{
  gsize need;

  if (n == 0 || n > 3)
    return FALSE;
  if (p[0] >= 0xC2 && p[0] <= 0xDF)
    need = 2;
  else if (p[0] >= 0xE0 && p[0] <= 0xEF)
    need = 3;
  else if (p[0] >= 0xF0 && p[0] <= 0xF4)
    need = 4;
  else
    return FALSE;
  if (n >= need)
    return FALSE;
  for (gsize i = 1; i < n; i++)
    if ((p[i] & 0xC0) != 0x80)
      return FALSE;
  return TRUE;
}

static gsize
count_invalid_utf8 (const char *data,
                    gsize       length)
{
  gsize n_invalid = 0;
  const char *p = data;
  const char *end = data + length;

  while (p < end)
    {
      const char *stop;

      if (g_utf8_validate_len (p, end - p, &stop))
        break;
      n_invalid++;
      p = stop + 1;
    }

  return n_invalid;
}

/* Converts @data from @charset; a character cut at the very end is left
 * out and said so in @truncated. */
static char *
convert (const char *data,
         gsize       length,
         const char *charset,
         gsize      *out_length,
         gboolean   *truncated)
{
  gsize n_read = 0;
  gsize n_written = 0;
  char *result;

  result = g_convert (data, length, "UTF-8", charset, &n_read, &n_written, NULL);
  if (result == NULL)
    return NULL;

  if (n_read < length)
    *truncated = TRUE;
  *out_length = n_written;
  return result;
}

/* Whether decoded @text reads as text: control characters and replacement
 * characters stay below one in a hundred. */
static gboolean
looks_like_text (const char *text,
                 gsize       length)
{
  const guchar *p = (const guchar *) text;
  gsize n_chars = 0;
  gsize n_bad = 0;

  for (gsize i = 0; i < length; i++)
    {
      guchar b = p[i];

      if ((b & 0xC0) != 0x80)
        n_chars++;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1A)
        n_bad++;
      else if (b == 0xEF && i + 2 < length && p[i + 1] == 0xBF && p[i + 2] >= 0xBD)
        n_bad++; /* U+FFFD, U+FFFE, U+FFFF */
    }

  return n_bad <= 2 + n_chars / 100;
}

static gboolean
is_blank_text (const char *text,
               gsize       length)
{
  const char *end = text + length;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_space (c) && c != '\n' && c != '\r' && c != 0x200B && c != 0x1A)
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_dash (gunichar c)
{
  return c == '-' || c == 0x2014 || c == 0x2013 || c == 0x2015 || c == 0x2500 || c == 0x2012 ||
         c == 0x00B7 || c == 0x2212;
}

static gboolean
is_footer_text (const char *key)
{
  for (const char *p = key; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!(g_ascii_isdigit (c) || is_dash (c) || c == '(' || c == ')' || c == ' ' ||
            c == 0x7B2C /* 第 */ || c == 0x9875 /* 页 */ || c == 0x5171 /* 共 */))
        return FALSE;
    }

  return TRUE;
}

/* Whether the lines @from..@to (inclusive), joined, are page-number footers. */
static gboolean
is_footer_run (const PwImportLine *lines,
               guint               from,
               guint               to)
{
  static GRegex *footer_regex;
  g_autoptr(GString) joined = g_string_new (NULL);

  /* (-4-), -12-, 第3页, 第3页共20页, one or more, dashes already made '-' */
  if (g_once_init_enter (&footer_regex))
    g_once_init_leave (&footer_regex,
                       g_regex_new ("^(?:(?:\\(?-+[0-9]{1,4}-+\\)?)"
                                    "|(?:第[0-9]{1,4}页(?:共[0-9]{1,4}页)?))+$",
                                    G_REGEX_OPTIMIZE, 0, NULL));

  for (guint i = from; i <= to; i++)
    for (const char *p = lines[i].key; *p; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (c == ' ')
          continue;
        if (is_dash (c))
          g_string_append_c (joined, '-');
        else
          g_string_append_unichar (joined, c);
      }

  return joined->len > 0 && g_regex_match (footer_regex, joined->str, 0, NULL);
}

/* Marks page-number footers: runs of adjacent lines that print nothing but
 * dashes, digits and brackets (or 第N页), and together read as footers. The
 * longest such run that ends the group, or else starts it, is taken, so
 * that a table cell "——" next to a footer stays a cell. */
static void
mark_footers (PwImportLines *self)
{
  guint i = 0;

  while (i < self->n_lines)
    {
      guint j;

      if ((self->lines[i].blank && !self->lines[i].spaces) || !is_footer_text (self->lines[i].key))
        {
          i++;
          continue;
        }

      j = i;
      while (j + 1 < self->n_lines && !(self->lines[j + 1].blank && !self->lines[j + 1].spaces) &&
             is_footer_text (self->lines[j + 1].key))
        j++;

      if (j - i < 16)
        {
          gboolean found = FALSE;

          for (guint from = i; from <= j && !found; from++)
            if (!self->lines[from].blank && is_footer_run (self->lines, from, j))
              {
                for (guint k = from; k <= j; k++)
                  self->lines[k].noise = TRUE;
                found = TRUE;
              }
          for (guint to = j; to > i && !found; to--)
            if (!self->lines[i].blank && is_footer_run (self->lines, i, to - 1))
              {
                for (guint k = i; k < to; k++)
                  self->lines[k].noise = TRUE;
                found = TRUE;
              }
        }

      i = j + 1;
    }
}

static PwImportLine *
add_line (PwImportLines *self,
          const char    *start,
          gsize          length,
          int            number)
{
  GString *clean = self->clean;
  GString *key = self->scratch;
  PwImportLine line = { 0 };
  const char *end = start + length;
  const char *p = start;
  const char *run = start;
  const char *text;
  gsize text_length;

  g_string_truncate (clean, 0);
  g_string_truncate (key, 0);

  /* copy, less bookmarks and characters that are never content */
  while (p < end)
    {
      guchar b = *p;

      if (b == '[' && end - p >= 10 && memcmp (p, "[bookmark:", 10) == 0)
        {
          const char *close = memchr (p, ']', end - p);

          if (close != NULL)
            {
              g_string_append_len (clean, run, p - run);
              p = run = close + 1;
              continue;
            }
          p++;
        }
      else if (b < 0x20 && b != '\t')
        {
          g_string_append_len (clean, run, p - run);
          if (b == '\f' || b == '\v')
            g_string_append_c (clean, ' ');
          p = run = p + 1;
        }
      else if ((b == 0xC2 && end - p >= 2 && (guchar) p[1] < 0xA0) ||
               (b == 0xEF && end - p >= 3 &&
                (((guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF) ||
                 ((guchar) p[1] == 0xBF && (guchar) p[2] >= 0xBE))))
        {
          /* C1 controls, U+FEFF, U+FFFE, U+FFFF */
          g_string_append_len (clean, run, p - run);
          p = run = p + (b == 0xC2 ? 2 : 3);
        }
      else
        p++;
    }
  g_string_append_len (clean, run, end - run);

  /* leading white space: tabs count (cells of a tab table) */
  for (const char *q = clean->str; *q == ' ' || *q == '\t'; q++)
    {
      line.indented = TRUE;
      if (*q == '\t' && line.tabs < G_MAXUINT8)
        line.tabs++;
      line.lead = MIN (line.lead + (*q == '\t' ? 4 : 1), G_MAXUINT8);
    }

  /* trim both ends */
  text = clean->str;
  text_length = clean->len;
  while (text_length > 0)
    {
      gunichar c = (guchar) *text < 0x80 ? (gunichar) *text : g_utf8_get_char (text);
      gsize n;

      if (!is_space (c))
        break;
      n = g_utf8_next_char (text) - text;
      line.indented = TRUE;
      text_length -= n;
      text += n;
    }
  while (text_length > 0)
    {
      const char *last = g_utf8_find_prev_char (text, text + text_length);

      if (last == NULL || !is_space (g_utf8_get_char (last)))
        break;
      text_length = last - text;
    }

  append_key (key, text, text_length, &self->n_traditional);

  line.number = number;
  line.blank = (text_length == 0);
  line.spaces = line.blank && clean->len > 0;
  line.text = g_string_chunk_insert_len (self->chunk, text, text_length);
  line.key = g_string_chunk_insert_len (self->chunk, key->str, key->len);
  g_array_append_val (self->array, line);
  self->lines = (PwImportLine *) self->array->data;
  self->n_lines = self->array->len;
  return &self->lines[self->n_lines - 1];
}

/* Public API */

/**
 * pw_import_decode:
 * @data: the bytes of a document
 * @length: their number
 * @out: (out caller-allocates): the document in UTF-8
 * @error: a #PwImportError
 *
 * Returns: whether @data is text
 */
gboolean
pw_import_decode (const char    *data,
                  gsize          length,
                  PwImportText  *out,
                  GError       **error)
{
  const guchar *bytes = (const guchar *) data;
  const char *stop = NULL;

  memset (out, 0, sizeof *out);

  if (length > PW_IMPORT_MAX_SIZE)
    {
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_TOO_LARGE,
                   _("The file is too large to be a plan document (%lu MB)"),
                   (gulong) (length / (1024 * 1024)));
      return FALSE;
    }

  /* A paragraph longer than a .plan file holds could be imported but never
   * saved: refused now, in one pass, rather than after the whole import.
   * (In UTF-8 and GB18030 no character but a line break holds \n or \r.) */
  if (!(length >= 2 && (bytes[0] == 0xFF || bytes[0] == 0xFE)))
    {
      gsize start = 0;
      guint line = 1;

      for (gsize i = 0; i <= length; i++)
        if (i == length || bytes[i] == '\n' || bytes[i] == '\r')
          {
            if (i - start > PW_IMPORT_MAX_LINE)
              {
                g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_TOO_LARGE,
                             _("%u: The line is %lu MB long, longer than any paragraph of a plan "
                               "(at most %u MB)"),
                             line, (gulong) ((i - start) / (1024 * 1024)),
                             (guint) (PW_IMPORT_MAX_LINE / (1000 * 1000)));
                return FALSE;
              }
            start = i + 1;
            line += i < length && bytes[i] == '\n';
          }
    }

  if (length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
    {
      out->bom = TRUE;
      data += 3;
      length -= 3;
    }
  else if (length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) ||
                           (bytes[0] == 0xFE && bytes[1] == 0xFF)))
    {
      out->bom = TRUE;
      out->encoding = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      out->data = convert (data + 2, length - 2, out->encoding, &out->length, &out->truncated);
    }
  else if (length >= 4 && bytes[0] == 0x84 && bytes[1] == 0x31 && bytes[2] == 0x95 &&
           bytes[3] == 0x33)
    {
      out->bom = TRUE;
      out->encoding = "GB18030";
      out->data = convert (data + 4, length - 4, out->encoding, &out->length, &out->truncated);
    }

  if (out->encoding == NULL)
    {
      if (memchr (data, '\0', length) != NULL)
        ;
      else if (g_utf8_validate_len (data, length, &stop))
        {
          out->encoding = "UTF-8";
          out->data = g_strndup (data, length);
          out->length = length;
        }
      else if (is_cut_sequence ((const guchar *) stop, data + length - stop) &&
               stop - data > 0)
        {
          out->encoding = "UTF-8";
          out->truncated = TRUE;
          out->length = stop - data;
          out->data = g_strndup (data, out->length);
        }
      else if ((out->data = convert (data, length, "GB18030", &out->length, &out->truncated)))
        out->encoding = "GB18030";
      else if (length >= 64 && count_invalid_utf8 (data, length) * 100 <= length)
        {
          out->encoding = "UTF-8";
          out->repaired = TRUE;
          out->data = g_utf8_make_valid (data, length);
          out->length = strlen (out->data);
        }
    }

  if (out->data == NULL || memchr (out->data, '\0', out->length) != NULL ||
      !looks_like_text (out->data, out->length))
    {
      g_clear_pointer (&out->data, g_free);
      g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_NOT_TEXT,
                             _("The file is not text: it holds binary data, or characters in "
                               "an encoding other than UTF-8 and GB18030"));
      return FALSE;
    }

  if (is_blank_text (out->data, out->length))
    {
      g_clear_pointer (&out->data, g_free);
      g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_EMPTY,
                           _("The file holds no text, only white space"));
      return FALSE;
    }

  return TRUE;
}

void
pw_import_text_clear (PwImportText *text)
{
  g_clear_pointer (&text->data, g_free);
}

/**
 * pw_import_lines_init:
 * @self: (out caller-allocates): the lines
 * @text: the document in valid UTF-8
 * @length: its length in bytes
 *
 * Cuts @text into lines and cleans each (see the top of this file).
 */
void
pw_import_lines_init (PwImportLines *self,
                      const char    *text,
                      gsize          length)
{
  const char *end = text + length;
  const char *p = text;
  int number = 0;

  pw_import_lines_init_empty (self);

  while (p < end)
    {
      const char *eol = p;

      while (eol < end && *eol != '\n' && *eol != '\r')
        eol++;
      add_line (self, p, eol - p, ++number);
      if (eol < end && *eol == '\r' && eol + 1 < end && eol[1] == '\n')
        eol++;
      p = eol < end ? eol + 1 : end;
    }

  pw_import_lines_finish (self);
}

/**
 * pw_import_lines_init_empty:
 * @self: (out caller-allocates): the lines
 *
 * Starts an empty stream, to which a reader of a richer format adds its
 * paragraphs with pw_import_lines_add() and its table rows with
 * pw_import_lines_add_row(), in document order. Clear it with
 * pw_import_lines_clear().
 */
void
pw_import_lines_init_empty (PwImportLines *self)
{
  init_char_pairs ();

  memset (self, 0, sizeof *self);
  self->chunk = g_string_chunk_new (64 * 1024);
  self->array = g_array_new (FALSE, TRUE, sizeof (PwImportLine));
  self->cells = g_ptr_array_new ();
  self->clean = g_string_new (NULL);
  self->scratch = g_string_new (NULL);
}

/**
 * pw_import_lines_add:
 * @self: the lines
 * @text: a paragraph as the document prints it, in UTF-8 (with its
 *   automatic numbering rendered in front when the format has it)
 * @length: its length in bytes, or -1
 * @number: where it is in the original document (a source line, a
 *   paragraph's number), from 1: findings cite it
 * @hints: #PwImportHints
 * @level: a heading or outline level from a style, 1–9, or 0
 *
 * Adds a paragraph. A line break inside it (a newline, HTML <br>, Word
 * <w:br/>) makes one line per piece, each with @number and @hints.
 */
void
pw_import_lines_add (PwImportLines *self,
                     const char    *text,
                     gssize         length,
                     int            number,
                     guint          hints,
                     guint          level)
{
  const char *end;
  const char *p = text;

  g_return_if_fail (self != NULL && self->array != NULL && !self->finished);
  g_return_if_fail (text != NULL);

  if (length < 0)
    length = strlen (text);
  end = text + length;
  if (!g_utf8_validate (text, length, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, length);

      pw_import_lines_add (self, valid, -1, number, hints, level);
      return;
    }

  do
    {
      const char *eol = p;
      PwImportLine *line;

      while (eol < end && *eol != '\n' && *eol != '\r')
        eol++;
      line = add_line (self, p, eol - p, number);
      line->hints = hints;
      line->level = MIN (level, 9);
      p = eol + 1;
    }
  while (p < end);
}

/**
 * pw_import_lines_add_row:
 * @self: the lines
 * @table: the real table the row belongs to, from 1; every row of one
 *   table has the same number, and its rows are added one after the other
 * @cells: (array length=n_cells): the cells of the row as printed, in UTF-8,
 *   after horizontal merges (one cell for a colspan or gridSpan); a cell
 *   merged vertically is given in its first row only, and as "" below
 * @n_cells: their number
 * @number: where the row is in the original document
 * @hints: #PwImportHints (%PW_IMPORT_HINT_HEADER for a header row)
 *
 * Adds a row of a real table: one line whose text is the cells joined with
 * tabs and whose cells pw_import_line_cell() returns, trimmed, one line each.
 * A line break inside a cell is a space.
 */
void
pw_import_lines_add_row (PwImportLines      *self,
                         guint               table,
                         const char * const *cells,
                         guint               n_cells,
                         int                 number,
                         guint               hints)
{
  g_autoptr(GString) joined = g_string_new (NULL);
  guint first_cell = self->cells->len;
  PwImportLine *line;

  g_return_if_fail (self != NULL && self->array != NULL && !self->finished);
  g_return_if_fail (table > 0);
  g_return_if_fail (cells != NULL || n_cells == 0);

  for (guint k = 0; k < n_cells; k++)
    {
      g_autofree char *valid = g_utf8_make_valid (cells[k] != NULL ? cells[k] : "", -1);
      PwImportLine *cell;

      for (char *q = valid; *q; q++)
        if (*q == '\n' || *q == '\r' || *q == '\t')
          *q = ' ';
      /* a cell is cleaned and keyed as a line is, then taken back off */
      cell = add_line (self, valid, strlen (valid), number);
      g_ptr_array_add (self->cells, (gpointer) cell->text);
      g_ptr_array_add (self->cells, (gpointer) cell->key);
      g_array_set_size (self->array, self->array->len - 1);
      self->n_lines = self->array->len;
      if (k > 0)
        g_string_append_c (joined, '\t');
      g_string_append (joined, g_ptr_array_index (self->cells, self->cells->len - 2));
    }

  line = add_line (self, joined->str, joined->len, number);
  line->hints = hints;
  line->table = table;
  line->first_cell = first_cell / 2;
  line->n_cells = n_cells;
  self->n_tables = MAX (self->n_tables, table);
}

/**
 * pw_import_lines_finish:
 * @self: the lines
 *
 * Ends the stream: marks page-number footers. pw_import_lines() calls it;
 * calling it again does nothing.
 */
void
pw_import_lines_finish (PwImportLines *self)
{
  g_return_if_fail (self != NULL);

  if (self->finished)
    return;
  self->finished = TRUE;
  if (self->array != NULL)
    {
      self->n_lines = self->array->len;
      self->lines = (PwImportLine *) g_array_free (self->array, FALSE);
      self->array = NULL;
    }
  if (self->clean != NULL)
    g_string_free (self->clean, TRUE);
  if (self->scratch != NULL)
    g_string_free (self->scratch, TRUE);
  self->clean = self->scratch = NULL;
  mark_footers (self);
}

/**
 * pw_import_line_cell:
 * @self: the lines
 * @line: a row of a real table (@line->table > 0)
 * @k: a cell, below @line->n_cells
 *
 * Returns: the text of cell @k, as printed and trimmed
 */
const char *
pw_import_line_cell (const PwImportLines *self,
                     const PwImportLine  *line,
                     guint                k)
{
  g_return_val_if_fail (k < line->n_cells, "");
  return g_ptr_array_index (self->cells, 2 * (line->first_cell + k));
}

/**
 * pw_import_line_cell_key:
 * @self: the lines
 * @line: a row of a real table
 * @k: a cell, below @line->n_cells
 *
 * Returns: the key of cell @k (see #PwImportLine)
 */
const char *
pw_import_line_cell_key (const PwImportLines *self,
                         const PwImportLine  *line,
                         guint                k)
{
  g_return_val_if_fail (k < line->n_cells, "");
  return g_ptr_array_index (self->cells, 2 * (line->first_cell + k) + 1);
}

void
pw_import_lines_clear (PwImportLines *self)
{
  if (self->array != NULL)
    g_array_free (self->array, TRUE);
  else
    g_clear_pointer (&self->lines, g_free);
  self->array = NULL;
  self->lines = NULL;
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->chunk, g_string_chunk_free);
  if (self->clean != NULL)
    g_string_free (self->clean, TRUE);
  if (self->scratch != NULL)
    g_string_free (self->scratch, TRUE);
  self->clean = self->scratch = NULL;
  self->n_lines = 0;
}

static gboolean
ends_sentence (const char *key)
{
  static const char *ends[] = { "。", "！", "？", ":", "：", ";", "；", "!", "?" };
  gsize len = strlen (key);

  for (gsize i = 0; i < G_N_ELEMENTS (ends); i++)
    if (len >= strlen (ends[i]) && strcmp (key + len - strlen (ends[i]), ends[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @line starts something of its own: a heading, a caption, an item. */
static gboolean
starts_block (const PwImportLine *line)
{
  PwImportHeading h;

  return pw_import_heading_at (line, &h) || g_str_has_prefix (line->key, "专栏") ||
         g_str_has_prefix (line->key, "——") || g_str_has_prefix (line->key, "附件") ||
         g_str_has_prefix (line->key, "表") || line->table > 0;
}

/**
 * pw_import_lines_unwrap:
 * @self: finished lines
 *
 * Text extracted from PDF is hard-wrapped: every line of a paragraph is cut
 * at the same width, a page footer or a running head between. When most long
 * lines have one length and do not end a sentence, a line of that length
 * that ends mid-sentence is joined with the next (over a page footer and the
 * blank lines around it), unless the next starts a heading, a 专栏 caption or
 * an item. A short line printed identically on three pages or more, beside a
 * page footer, is a running head and marked as noise. Other text is left as
 * it is.
 *
 * Returns: the number of lines joined
 */
guint
pw_import_lines_unwrap (PwImportLines *self)
{
  guint histogram[201] = { 0 };
  guint n_long = 0;
  guint width = 0;
  guint joined = 0;
  guint near = 0;
  g_autoptr(GHashTable) heads = g_hash_table_new (g_str_hash, g_str_equal);

  /* running heads: short lines repeated next to footers */
  for (guint i = 0; i < self->n_lines; i++)
    {
      PwImportLine *line = &self->lines[i];
      gboolean by_footer = FALSE;

      if (line->blank || line->noise || g_utf8_strlen (line->key, -1) > 40)
        continue;
      for (guint j = i > 3 ? i - 3 : 0; j < self->n_lines && j <= i + 3; j++)
        by_footer |= self->lines[j].noise;
      if (by_footer)
        g_hash_table_insert (heads, (gpointer) line->key,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (heads, line->key)) + 1));
    }
  for (guint i = 0; i < self->n_lines; i++)
    {
      PwImportLine *line = &self->lines[i];

      if (!line->blank && !line->noise &&
          GPOINTER_TO_UINT (g_hash_table_lookup (heads, line->key)) >= 3)
        line->noise = TRUE;
    }

  for (guint i = 0; i < self->n_lines; i++)
    {
      const PwImportLine *line = &self->lines[i];
      glong n;

      if (line->blank || line->noise || line->table > 0)
        continue;
      n = g_utf8_strlen (line->key, -1);
      if (n >= 15 && n <= 200)
        {
          histogram[n]++;
          n_long++;
        }
    }
  for (guint w = 15; w <= 200; w++)
    if (histogram[w] > histogram[width])
      width = w;
  if (width == 0)
    return 0;
  for (guint w = width - 1; w <= width + 1 && w <= 200; w++)
    near += histogram[w];
  /* a third of the long lines at one width, and more than a few */
  if (near * 3 < n_long || near < 8)
    return 0;

  for (guint i = 0; i < self->n_lines; i++)
    {
      PwImportLine *line = &self->lines[i];
      g_autoptr(GString) text = NULL;
      g_autoptr(GString) key = NULL;
      const char *last = line->key;

      if (line->blank || line->noise || line->table > 0)
        continue;
      for (;;)
        {
          guint j = i + 1;
          gboolean footer = FALSE;
          PwImportLine *next;

          /* a line shorter than the width ends its paragraph */
          if (g_utf8_strlen (last, -1) + 1 < (glong) width || ends_sentence (last))
            break;
          /* over a page break: blank lines and footers, at least one footer */
          while (j < self->n_lines && (self->lines[j].blank || self->lines[j].noise))
            footer |= self->lines[j++].noise;
          if (j >= self->n_lines || (j > i + 1 && !footer))
            break;
          next = &self->lines[j];
          if (next->table > 0 || starts_block (next))
            break;
          if (text == NULL)
            {
              text = g_string_new (line->text);
              key = g_string_new (line->key);
            }
          g_string_append (text, next->text);
          g_string_append (key, next->key);
          /* the joined line is no longer printed on its own */
          last = next->key;
          next->noise = TRUE;
          next->blank = TRUE;
          joined++;
          i = j;
        }
      if (text != NULL)
        {
          line->text = g_string_chunk_insert_len (self->chunk, text->str, text->len);
          line->key = g_string_chunk_insert_len (self->chunk, key->str, key->len);
        }
    }

  return joined;
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
  GString *out;

  init_char_pairs ();

  if (length < 0)
    length = strlen (text);
  out = g_string_sized_new (length);
  append_key (out, text, length, n_traditional);
  return g_string_free (out, FALSE);
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

  init_char_pairs ();

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
  const char *start = text;
  const char *end;

  if (length < 0)
    length = strlen (text);
  end = text + length;

  while (start < end && is_space (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *last = g_utf8_find_prev_char (start, end);

      if (last == NULL || !is_space (g_utf8_get_char (last)))
        break;
      end = last;
    }

  return g_strndup (start, end - start);
}

const char *
pw_import_skip_spaces (const char *text)
{
  while (*text && is_space (g_utf8_get_char (text)))
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
  if (g_str_has_prefix (p, "年"))
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
  else if (g_str_has_prefix (p, "月"))
    p += strlen ("月");
  else
    return FALSE;

  *day = pw_import_parse_numeral (pw_import_skip_spaces (p), &p);
  if (*day < 1 || *day > 31)
    return FALSE;
  p = pw_import_skip_spaces (p);
  if (separator == 0)
    {
      if (g_str_has_prefix (p, "日"))
        p += strlen ("日");
      else if (g_str_has_prefix (p, "号"))
        p += strlen ("号");
      else
        return FALSE;
    }

  *year = y;
  if (end != NULL)
    *end = p;
  return TRUE;
}
