#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the test inputs of the Word and web-page readers into a folder.

    make-documents.py FOLDER

One small synthetic plan (made up here, no prose of any real plan) in three
renderings that must import to the same model:

  plan.txt    as text, the table as pipe rows
  plan.docx   as Word writes it: chapter and section numbers from automatic
              numbering (not in the text), heading styles, a table with a
              caption row over all columns (gridSpan) and domain cells merged
              down (vMerge), a tracked change in a cell, the 专栏 box in a text
              box (DrawingML with its VML fallback), a footnote reference, a
              raised footnote number, a header and a footer part
  plan-other-tool.docx   plan.docx with a comment, a CR LF and a character
              reference, which the Word reader leaves to libxml2
  plan.odt    as LibreOffice writes it: headings text:h with outline levels,
              the table with its caption row spanned over all columns and
              domains spanned down (covered cells), the 专栏 box in a text
              box, a tracked deletion and a footnote that are not text
  plan.html   as saved from a site: menus, navigation, breadcrumbs, share
              links, related articles, a footer and scripts around the
              article; headings as centred bold paragraphs, a table with
              rowspan and colspan, <sup> footnote numbers, <br>

And features.docx, whose lines the test checks one by one: automatic
numbering of every kind it renders (一、 （一） 3. ① 第十九章, restarts,
lvlRestart, a startOverride making a list of its own), a one-cell table,
hidden text, a field whose instruction is dropped and result kept, a
deleted and an inserted run, a raised exponent after a Latin letter.

And hostile inputs, each of which must be refused with one clear line:

  bomb.docx          an entry inflating 60 MB of one byte (ratio > 1000)
  bomb.odt, dotdot.odt, truncated.odt   the same for an OpenDocument text
  declared.docx      an entry declaring 3 GB in the central directory
  dotdot.docx        an entry named ../../evil.xml
  encrypted.docx     the traditional ZIP encryption flag on every entry
  truncated.docx     plan.docx cut in half
  badheader.docx     plan.docx with the local header of word/numbering.xml
                     overwritten (its table of contents intact)
  nested.html        100,000 nested <div>s
  wrong-charset.html declares GBK, is UTF-8
  bad-utf8.html      declares UTF-8, is GBK
  unknown-charset.html declares a character set nobody knows
"""

import os
import struct
import sys
import zipfile

TITLE = "某市“十五五”公共服务发展规划"

# (chapter title, [(section title, [paragraphs])])
NOTICE = [
    "某市人民政府关于印发某市“十五五”公共服务发展规划的通知",
    "某政〔2026〕7号",
    "各区人民政府，市政府各部门：",
    "现将《某市“十五五”公共服务发展规划》印发给你们，请认真贯彻执行。",
    "某市人民政府",
    "2026年3月2日",
]

CHAPTERS = [
    ("发展基础", [
        ("主要成就", ["“十四五”时期，全市新增公办学位1.2万个{note}，公共服务水平稳步提高。"]),
        ("面临形势", ["人口结构变化对公共服务提出新的要求。"]),
    ]),
    ("发展目标", [
        ("总体目标", ["到2030年，基本公共服务均等化水平明显提高。"]),
        ("主要指标", ["{table}"]),
    ]),
    ("重点任务", [
        ("办好人民满意的教育", ["扩大优质教育资源供给。", "{box}"]),
        ("建设健康城市", ["完善公共卫生服务体系。", "新增绿地面积120万m{m2}。"]),
    ]),
]

HEADER = ["领域", "指标", "单位", "2025年", "2030年", "属性"]
# (domain, name, unit, baseline, target, nature); the docx deletes "98" and inserts "97"
ROWS = [
    ("教育", "学前教育毛入园率", "%", "92", "≥95", "预期性"),
    ("教育", "义务教育巩固率", "%", "96", "97", "约束性"),
    ("卫生健康", "每千人口执业（助理）医师数", "人", "3.1", "3.5", "预期性"),
    ("卫生健康", "人均预期寿命", "岁", "80.2", "81", "预期性"),
    ("养老", "养老机构护理型床位占比", "%", "55", "≥65", "约束性"),
]
TABLE_CAPTION = "专栏1 “十五五”公共服务主要指标"

BOX_CAPTION = "专栏2 教育提升工程"
BOX_ITEMS = [
    "1.学位扩容工程。新建改扩建中小学20所。",
    "2.教师培养工程。培训骨干教师3000人次。",
]

NUMERALS = "一二三四五六七八九十"


def chapter_heading(i, title):
    return f"第{NUMERALS[i]}章 {title}"


def section_heading(j, title):
    return f"第{NUMERALS[j]}节 {title}"


# Text

def write_text(path):
    lines = list(NOTICE) + ["", TITLE, ""]
    for i, (chapter, sections) in enumerate(CHAPTERS):
        lines.append(chapter_heading(i, chapter))
        for j, (section, paragraphs) in enumerate(sections):
            lines.append(section_heading(j, section))
            for p in paragraphs:
                if p == "{table}":
                    lines.append(TABLE_CAPTION)
                    lines.append(" | ".join(HEADER) + " |")
                    previous = None
                    for row in ROWS:
                        cells = list(row)
                        if cells[0] == previous:
                            cells[0] = ""
                        previous = row[0]
                        lines.append(" | ".join(cells) + " |")
                    lines.append("")
                elif p == "{box}":
                    lines.append(BOX_CAPTION)
                    lines.extend(BOX_ITEMS)
                else:
                    lines.append(p.replace("{note}", "").replace("{m2}", "²"))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# Word

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NAMESPACES = (W + ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
              ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
              ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
              ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
              ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
              ' xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text, bold=False, extra=""):
    props = ("<w:b/>" if bold else "") + extra
    return f'<w:r>{"<w:rPr>" + props + "</w:rPr>" if props else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def para(content, style=None, centred=False, numbered=None):
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if numbered is not None:
        props += f'<w:numPr><w:ilvl w:val="{numbered}"/><w:numId w:val="1"/></w:numPr>'
    if centred:
        props += '<w:jc w:val="center"/>'
    # The paragraph mark's bold must not make the text bold.
    props += "<w:rPr><w:b/></w:rPr>"
    return f"<w:p><w:pPr>{props}</w:pPr>{content}</w:p>"


def cell(content_xml, span=1, merge=None):
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if merge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif merge == "continue":
        props += "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{content_xml}</w:tc>"


def word_table():
    out = ["<w:tbl><w:tblPr/><w:tblGrid>" + '<w:gridCol w:w="1000"/>' * 6 + "</w:tblGrid>"]
    out.append("<w:tr>" + cell(para(run(TABLE_CAPTION, bold=True), centred=True), span=6) + "</w:tr>")
    out.append('<w:tr><w:trPr><w:tblHeader/></w:trPr>' +
               "".join(cell(para(run(h, bold=True))) for h in HEADER) + "</w:tr>")
    previous = None
    for row in ROWS:
        cells = []
        domain = row[0]
        if domain == previous:
            cells.append(cell(para(""), merge="continue"))
        else:
            cells.append(cell(para(run(domain)), merge="restart"))
        previous = domain
        for k, value in enumerate(row[1:], start=1):
            if k == 4 and value == "97":
                content = ('<w:del w:id="1" w:author="审核" w:date="2026-01-01T00:00:00Z">'
                           '<w:r><w:delText>98</w:delText></w:r></w:del>'
                           '<w:ins w:id="2" w:author="审核" w:date="2026-01-01T00:00:00Z">'
                           + run("97") + "</w:ins>")
                cells.append(cell(para(content)))
            else:
                cells.append(cell(para(run(value))))
        out.append("<w:tr>" + "".join(cells) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def text_box(paragraphs_xml):
    body = "".join(paragraphs_xml)
    choice = ('<w:drawing><wp:anchor><wp:docPr id="1" name="box"/><a:graphic><a:graphicData>'
              f'<wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx></wps:wsp>'
              '</a:graphicData></a:graphic></wp:anchor></w:drawing>')
    fallback = f'<w:pict><v:shape><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict>'
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice>'
            f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>')


def word_document():
    body = []
    for line in NOTICE:
        body.append(para(run(line)))
    body.append(para(run(TITLE, bold=True), style="Title", centred=True))
    for i, (chapter, sections) in enumerate(CHAPTERS):
        body.append(para(run(chapter), style="Heading1", numbered=0))
        for j, (section, paragraphs) in enumerate(sections):
            body.append(para(run(section), style="Heading2", numbered=1))
            for p in paragraphs:
                if p == "{table}":
                    body.append(word_table())
                elif p == "{box}":
                    inner = [para(run(BOX_CAPTION, bold=True))] + [para(run(item)) for item in BOX_ITEMS]
                    # The anchor paragraph holds nothing but the box.
                    body.append(para(text_box(inner)))
                elif "{note}" in p:
                    before, after = p.split("{note}")
                    content = (run(before) + run("1", extra='<w:position w:val="6"/>') +
                               '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                               '<w:footnoteReference w:id="1"/></w:r>' + run(after))
                    body.append(para(content))
                elif "{m2}" in p:
                    before, after = p.split("{m2}")
                    body.append(para(run(before) + run("2", extra='<w:position w:val="6"/>') + run(after)))
                else:
                    body.append(para(run(p)))
    body.append('<w:sectPr><w:headerReference w:type="default" r:id="rId3"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NAMESPACES}>'
            f'<w:body>{"".join(body)}</w:body></w:document>')


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
<w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>
<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>'''

NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/><w:suff w:val="space"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%2节"/><w:suff w:val="space"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>'''

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>'''

RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>'''

HEADER_PART = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}><w:p><w:r><w:t>页眉文字不属于正文</w:t></w:r></w:p></w:hdr>'''

FOOTNOTES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}><w:footnote w:id="1"><w:p><w:r><w:t>脚注文字不属于正文</w:t></w:r></w:p></w:footnote></w:footnotes>'''


def docx_parts():
    return [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", word_document()),
        ("word/styles.xml", STYLES),
        ("word/numbering.xml", NUMBERING),
        ("word/header1.xml", HEADER_PART),
        ("word/footnotes.xml", FOOTNOTES),
    ]


def write_docx(path, parts=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts or docx_parts():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def patch_central_directory(path, patch):
    """Calls patch(bytearray, offset of a central directory entry) for each entry."""
    data = bytearray(open(path, "rb").read())
    eocd = data.rfind(b"PK\x05\x06")
    entries, size, offset = struct.unpack_from("<HII", data, eocd + 10)
    p = offset
    for _ in range(entries):
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, p + 28)
        patch(data, p)
        p += 46 + name_length + extra_length + comment_length
    open(path, "wb").write(bytes(data))


# Web page
# OpenDocument

ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
       'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def odt_cell(text, columns=1, rows=1):
    spans = ""
    if columns > 1:
        spans += f' table:number-columns-spanned="{columns}"'
    if rows > 1:
        spans += f' table:number-rows-spanned="{rows}"'
    return f'<table:table-cell{spans}><text:p>{esc(text)}</text:p></table:table-cell>'


def odt_table():
    """The indicator table: a caption row over all columns, a header row,
    each domain merged down over its rows (covered cells below it)."""
    width = len(HEADER)
    out = ['<table:table table:name="表1">',
           f'<table:table-column table:number-columns-repeated="{width}"/>',
           '<table:table-header-rows><table:table-row>' + odt_cell(TABLE_CAPTION, columns=width) +
           '<table:covered-table-cell/>' * (width - 1) + '</table:table-row>',
           '<table:table-row>' + "".join(odt_cell(h) for h in HEADER) + '</table:table-row>'
           '</table:table-header-rows>']
    for i, row in enumerate(ROWS):
        cells = []
        if i == 0 or ROWS[i - 1][0] != row[0]:
            span = 1
            while i + span < len(ROWS) and ROWS[i + span][0] == row[0]:
                span += 1
            cells.append(odt_cell(row[0], rows=span))
        else:
            cells.append('<table:covered-table-cell/>')
        cells.extend(odt_cell(c) for c in row[1:])
        out.append('<table:table-row>' + "".join(cells) + '</table:table-row>')
    out.append('</table:table>')
    return "".join(out)


def odt_box():
    """The 专栏 box drawn as a text box anchored in an empty paragraph."""
    inner = "".join(f'<text:p>{esc(t)}</text:p>' for t in [BOX_CAPTION] + BOX_ITEMS)
    return ('<text:p><draw:frame draw:name="框1" text:anchor-type="paragraph" svg:width="15cm">'
            f'<draw:text-box>{inner}</draw:text-box></draw:frame></text:p>')


def odt_content():
    body = ['<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
            '<office:change-info><dc:creator>审核</dc:creator></office:change-info>'
            '<text:p>已删除的一段话不应出现。</text:p></text:deletion></text:changed-region>'
            '</text:tracked-changes>']
    for line in NOTICE:
        body.append(f'<text:p>{esc(line)}</text:p>')
    body.append('<text:p/>')
    body.append(f'<text:p text:style-name="Title">{esc(TITLE)}</text:p>')
    for i, (chapter, sections) in enumerate(CHAPTERS):
        body.append(f'<text:h text:style-name="H1" text:outline-level="1">'
                    f'{esc(chapter_heading(i, chapter))}</text:h>')
        for j, (section, paragraphs) in enumerate(sections):
            body.append(f'<text:h text:outline-level="2">{esc(section_heading(j, section))}</text:h>')
            for p in paragraphs:
                if p == "{table}":
                    body.append(odt_table())
                elif p == "{box}":
                    body.append(odt_box())
                else:
                    text = esc(p.replace("{m2}", "²"))
                    # a footnote: its citation and body are not text of the plan
                    text = text.replace("{note}", '<text:note text:note-class="footnote"><text:note-citation>1'
                                        '</text:note-citation><text:note-body><text:p>注释的文字。</text:p>'
                                        '</text:note-body></text:note>')
                    # two spaces as ODF writes them, inside a paragraph
                    body.append(f'<text:p>{text}</text:p>')
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<office:document-content {ODF}><office:automatic-styles>'
            '<style:style style:name="Title" style:family="paragraph">'
            '<style:paragraph-properties fo:text-align="center"/>'
            '<style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="H1" style:family="paragraph">'
            '<style:paragraph-properties fo:text-align="center"/>'
            '<style:text-properties fo:font-weight="bold"/></style:style>'
            '</office:automatic-styles><office:body><office:text>' + "".join(body) +
            '</office:text></office:body></office:document-content>')


def write_odt(path, content=None, extra=()):
    with zipfile.ZipFile(path, "w") as z:
        # the mimetype first and stored, as the format asks
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                   'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                   '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                   '</manifest:manifest>', compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content if content is not None else odt_content(),
                   compress_type=zipfile.ZIP_DEFLATED)
        for name, data in extra:
            z.writestr(name, data)


def html_page(charset="utf-8"):
    out = [f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta http-equiv="Content-Type" '
           f'content="text/html; charset={charset}">',
           f"<title>{TITLE} - 某市人民政府门户网站</title>",
           "<script>var menu = ['首页', '政务公开', '政务服务'];</script>",
           "<style>.nav { color: red }</style></head><body>",
           '<div class="top"><ul class="menu">' +
           "".join(f'<li><a href="/m{i}.html">栏目{i}</a></li>' for i in range(12)) + "</ul></div>",
           '<nav><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/wj/">政府文件</a></nav>',
           f'<div class="main"><div class="title"><h1>{TITLE}</h1></div>',
           '<div class="info">来源：<a href="/">某市人民政府</a> 发布时间：2026-03-05 '
           '<a href="javascript:print()">打印</a> <a href="javascript:close()">关闭</a></div>',
           '<div class="share">分享到：<a href="#wx">微信</a> <a href="#wb">微博</a> <a href="#qq">QQ空间</a></div>',
           '<div class="article">']
    for line in NOTICE:
        out.append(f"<p>{esc(line)}</p>")
    out.append(f'<p style="text-align: center"><strong>{TITLE}</strong></p>')
    for i, (chapter, sections) in enumerate(CHAPTERS):
        out.append(f'<p style="text-align:center;"><b>{chapter_heading(i, chapter)}</b></p>')
        for j, (section, paragraphs) in enumerate(sections):
            out.append(f'<p align="center">{section_heading(j, section)}</p>')
            for p in paragraphs:
                if p == "{table}":
                    out.append('<table border="1"><tbody>')
                    out.append(f'<tr><td colspan="6" style="text-align:center"><strong>{TABLE_CAPTION}</strong></td></tr>')
                    out.append("<tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr>")
                    for k, row in enumerate(ROWS):
                        cells = []
                        first = k == 0 or ROWS[k - 1][0] != row[0]
                        if first:
                            span = sum(1 for r in ROWS[k:] if r[0] == row[0])
                            cells.append(f'<td rowspan="{span}"><p>{row[0]}</p></td>')
                        cells += [f"<td><p>{esc(v)}</p></td>" for v in row[1:]]
                        out.append("<tr>" + "".join(cells) + "</tr>")
                    out.append("</tbody></table>")
                elif p == "{box}":
                    out.append(f'<p><strong>{BOX_CAPTION}</strong></p>')
                    out.append("<p>" + "<br/>".join(BOX_ITEMS) + "</p>")
                else:
                    out.append("<p>　　" + esc(p).replace("{note}", "<sup>1</sup>").replace("{m2}", "<sup>2</sup>") + "</p>")
    out.append("</div>")
    out.append('<div class="related"><h3>相关文章</h3><ul>' +
               "".join(f'<li><a href="/r{i}.html">某市关于另一项工作的通知（第{i}号）</a></li>' for i in range(8)) +
               "</ul></div></div>")
    out.append('<footer><p><a href="/about">关于我们</a> | <a href="/map">网站地图</a> | '
               '<a href="/contact">联系我们</a></p><p>主办：某市人民政府办公厅</p></footer>')
    out.append("<script>document.write('统计');</script></body></html>")
    return "\n".join(out)


FEATURE_NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%4"/><w:lvlRestart w:val="1"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="19"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/><w:suff w:val="space"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>'''


def numbered(text, num, ilvl):
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
            f'{run(text)}</w:p>')


def features_document():
    body = [
        numbered("甲", 1, 0),      # 一、甲
        numbered("乙", 1, 1),      # （一）乙
        numbered("丙", 1, 2),      # 3.丙
        numbered("丁", 1, 3),      # ①丁
        numbered("戊", 1, 3),      # ②戊
        numbered("己", 1, 2),      # 4.己  (level 3 restarts only after level 1: lvlRestart 1)
        numbered("庚", 1, 3),      # ③庚
        numbered("辛", 1, 1),      # （二）辛
        numbered("壬", 1, 2),      # 3.壬
        numbered("癸", 1, 3),      # ④癸 (lvlRestart 1: only 一、 restarts it)
        numbered("子", 1, 0),      # 二、子
        numbered("丑", 2, 0),      # 五、丑 (a list of its own, from 5)
        numbered("寅", 4, 0),      # 三、寅 (numId 4 continues numId 1's list)
        numbered("卯", 3, 0),      # 第十九章 卯
        numbered("辰", 3, 0),      # 第二十章 辰
        numbered("巳", 3, 0),      # 第二十一章 巳
        para(run("可见") + '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>' + run("文字")),
        para('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("结果") +
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
        para(run("面积") + run("2000万m") + run("2", extra='<w:vertAlign w:val="superscript"/>')),
        para('<w:del w:id="3" w:author="a"><w:r><w:delText>删去</w:delText></w:r></w:del>' +
             '<w:ins w:id="4" w:author="a">' + run("加上") + "</w:ins>"),
        "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>" +
        cell(para(run("专栏3 框内标题")) + para(run("1.框内条目。"))) + "</w:tr></w:tbl>",
        para(run("表后")),
    ]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NAMESPACES}>'
            f'<w:body>{"".join(body)}</w:body></w:document>')


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    join = lambda name: os.path.join(folder, name)

    write_text(join("plan.txt"))
    write_docx(join("plan.docx"))
    # plan.docx as another tool might write it, which the Word reader
    # leaves to libxml2: a comment after the declaration, a line end as
    # CR LF between tags, a character reference in the text
    parts = docx_parts()
    xml = parts[2][1].replace("?>", "?>\r\n<!-- written by another tool -->", 1)
    xml = xml.replace("><w:body>", ">\r\n<w:body>", 1).replace("公共服务", "公共&#x670D;务", 1)
    parts[2] = ("word/document.xml", xml)
    write_docx(join("plan-other-tool.docx"), parts)
    write_odt(join("plan.odt"))
    write_odt(join("bomb.odt"), content="<" + "a" * (60 * 1024 * 1024))
    write_odt(join("dotdot.odt"), extra=[("../../evil.xml", "<x/>")])
    whole = open(join("plan.odt"), "rb").read()
    open(join("truncated.odt"), "wb").write(whole[: len(whole) // 2])
    with open(join("plan.html"), "w", encoding="utf-8") as f:
        f.write(html_page())

    parts = docx_parts()
    parts[2] = ("word/document.xml", features_document())
    parts[4] = ("word/numbering.xml", FEATURE_NUMBERING)
    write_docx(join("features.docx"), parts)

    # A real bomb: 60 MB of one byte deflate to about 60 KB.
    parts = docx_parts()
    parts[2] = ("word/document.xml", "<" + "a" * (60 * 1024 * 1024))
    write_docx(join("bomb.docx"), parts)

    # A declared bomb: the directory claims 3 GB for document.xml.
    write_docx(join("declared.docx"))

    def declare(data, p):
        name_length = struct.unpack_from("<H", data, p + 28)[0]
        if bytes(data[p + 46:p + 46 + name_length]) == b"word/document.xml":
            struct.pack_into("<I", data, p + 24, 3 * 1024 * 1024 * 1024)
    patch_central_directory(join("declared.docx"), declare)

    parts = docx_parts() + [("../../evil.xml", "<x/>")]
    write_docx(join("dotdot.docx"), parts)

    write_docx(join("encrypted.docx"))

    def encrypt(data, p):
        flags = struct.unpack_from("<H", data, p + 8)[0]
        struct.pack_into("<H", data, p + 8, flags | 1)
    patch_central_directory(join("encrypted.docx"), encrypt)

    whole = open(join("plan.docx"), "rb").read()
    open(join("truncated.docx"), "wb").write(whole[: len(whole) // 2])

    # The local header of one entry overwritten: libgsf printed two lines
    # and a warning, and the import went on without the numbering.
    damaged = bytearray(whole)
    p = 0
    while True:
        p = damaged.find(b"PK\x03\x04", p)
        name_length = struct.unpack_from("<H", damaged, p + 26)[0]
        if bytes(damaged[p + 30:p + 30 + name_length]) == b"word/numbering.xml":
            damaged[p:p + 4] = b"XX\x03\x04"
            break
        p += 4
    open(join("badheader.docx"), "wb").write(bytes(damaged))

    with open(join("nested.html"), "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html><body>" + "<div>" * 100000 + "第一章 深处" +
                "</div>" * 100000 + "</body></html>")

    with open(join("wrong-charset.html"), "wb") as f:
        f.write(html_page("gbk").encode("utf-8"))
    with open(join("bad-utf8.html"), "wb") as f:
        f.write(html_page("utf-8").encode("gb18030"))
    with open(join("unknown-charset.html"), "wb") as f:
        f.write(html_page("x-no-such-set").encode("utf-8"))


if __name__ == "__main__":
    main()
