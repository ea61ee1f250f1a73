#!/usr/bin/env python3
# test-sheets.py: spreadsheets written by plan-workbench, read back by other code
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What a user relies on: the workbook that --export-sheet writes holds every
# indicator and project of the plan, with the values as the plan prints them
# (numbers as numbers only when they are plain numbers), under Chinese
# headers, with the header row and the name column frozen and the id column
# hidden; the CSV files are UTF-8 with a byte-order mark that Python's csv
# module reads; a collection for the sample plan has one workbook per unit
# with exactly that unit's rows, locked but for the cells to fill, which are
# validated; and Gnumeric's ssconvert opens the workbooks without complaint.
#
# The expected values are read from the .plan file with ElementTree, not with
# the program: this test shares no code with it. Prints TAP.

import csv
import io
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

build_dir, source_dir = sys.argv[1], sys.argv[2]
program = os.path.join(build_dir, 'src', 'plan-workbench')
sample = os.path.join(source_dir, 'data', 'samples', 'zhumadian.plan')

PLAN = '{urn:plan-workbench:plan:1}'
MAIN = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
REL = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'

results = []


def check(ok, name, detail=''):
    results.append((bool(ok), name, detail))


def run(*args):
    env = dict(os.environ, LANG='C.UTF-8', LANGUAGE='C')
    return subprocess.run([program, *args], capture_output=True, text=True, env=env)


def text_of(element, name):
    child = element.find(PLAN + name)
    return child.text or '' if child is not None else ''


def read_plan(path):
    """Indicators and projects as the file states them."""
    root = ET.parse(path).getroot()
    period = root.find(PLAN + 'meta/' + PLAN + 'period')
    years = list(range(int(period.get('start')), int(period.get('end')) + 1))
    indicators = []
    for ind in root.iter(PLAN + 'indicator'):
        actual = {}
        for a in ind.findall(PLAN + 'actual'):
            actual[int(a.get('year'))] = (a.text or '', a.get('state'))
        indicators.append({
            'id': ind.get('id'), 'name': text_of(ind, 'name'), 'unit': text_of(ind, 'unit'),
            'baseline': text_of(ind, 'baseline'), 'target': text_of(ind, 'target'),
            'domain': text_of(ind, 'domain'), 'category': text_of(ind, 'category'),
            'nature': ind.get('nature'), 'note': text_of(ind, 'note'),
            'responsible': [r.text or '' for r in ind.findall(PLAN + 'responsible')],
            'actual': actual,
        })
    projects = []
    for column in root.iter(PLAN + 'column'):
        for prj in column.findall(PLAN + 'project'):
            projects.append({
                'id': prj.get('id'), 'name': text_of(prj, 'name'), 'lead': text_of(prj, 'lead'),
                'box': text_of(column, 'title'), 'progress': text_of(prj, 'progress') or '0',
                'investment': text_of(prj, 'investment'), 'status': text_of(prj, 'status') or 'planned',
            })
    return years, indicators, projects


def column_letters(ref):
    return ''.join(c for c in ref if c.isalpha())


def column_index(letters):
    n = 0
    for c in letters:
        n = n * 26 + ord(c) - 64
    return n - 1


class Workbook:
    """An .xlsx file read as its XML parts, as the format defines them."""

    def __init__(self, path):
        self.zip = zipfile.ZipFile(path)
        names = self.zip.namelist()
        self.strings = []
        if 'xl/sharedStrings.xml' in names:
            for si in ET.fromstring(self.zip.read('xl/sharedStrings.xml')).iter(MAIN + 'si'):
                self.strings.append(''.join(t.text or '' for t in si.iter(MAIN + 't')))
        styles = ET.fromstring(self.zip.read('xl/styles.xml'))
        self.xfs = [xf for xf in styles.find(MAIN + 'cellXfs')]
        self.numfmts = {int(f.get('numFmtId')): f.get('formatCode')
                        for f in styles.iter(MAIN + 'numFmt')}
        workbook = ET.fromstring(self.zip.read('xl/workbook.xml'))
        rels = ET.fromstring(self.zip.read('xl/_rels/workbook.xml.rels'))
        targets = {r.get('Id'): r.get('Target') for r in rels}
        self.sheets = {}
        for sheet in workbook.iter(MAIN + 'sheet'):
            self.sheets[sheet.get('name')] = ET.fromstring(
                self.zip.read('xl/' + targets[sheet.get(REL + 'id')]))

    def rows(self, name):
        """Each row as a list of (text, type, style): type 'n' or 's'."""
        out = []
        for row in self.sheets[name].iter(MAIN + 'row'):
            cells = {}
            for c in row.findall(MAIN + 'c'):
                v = c.find(MAIN + 'v')
                kind = c.get('t', 'n')
                style = int(c.get('s', '0'))
                if v is None:
                    cells[column_index(column_letters(c.get('r')))] = ('', 'blank', style)
                elif kind == 's':
                    cells[column_index(column_letters(c.get('r')))] = (self.strings[int(v.text)], 's', style)
                else:
                    cells[column_index(column_letters(c.get('r')))] = (v.text, 'n', style)
            width = max(cells) + 1 if cells else 0
            out.append([cells.get(i, ('', 'none', 0)) for i in range(width)])
        return out

    def locked(self, style):
        protection = self.xfs[style].find(MAIN + 'protection')
        return protection is None or protection.get('locked') != '0'

    def number_format(self, style):
        return self.numfmts.get(int(self.xfs[style].get('numFmtId', '0')))


def is_plain_number(text):
    """The rule of the issue, restated: digits, optional minus and decimals."""
    body = text[1:] if text.startswith('-') else text
    whole, _, fraction = body.partition('.')
    return (whole.isdigit() and (whole == '0' or not whole.startswith('0')) and
            (fraction == '' or fraction.isdigit()) and not text.endswith('.') and
            len(whole + fraction) <= 15) and text.isascii()


STATES = {'not-started': '未启动', 'in-progress': '推进中', 'largely-done': '基本实现', 'done': '已实现'}
STATUSES = {'planned': '未开工', 'in-progress': '在建', 'completed': '已完工', 'suspended': '暂缓'}


def expected_year_cell(indicator, year):
    text, state = indicator['actual'].get(year, ('', None))
    if text:
        return text
    return STATES.get(state, '')


def check_value_cell(cell, expected, name):
    text, kind, _ = cell
    if expected == '':
        check(kind in ('none', 'blank'), name + ': empty', repr(cell))
    elif is_plain_number(expected):
        check(kind == 'n' and float(text) == float(expected), name + ': a number', repr((cell, expected)))
    else:
        check(kind == 's' and text == expected, name + ': text as printed', repr((cell, expected)))


def test_export_xlsx(work):
    years, indicators, projects = read_plan(sample)
    out = os.path.join(work, 'export.xlsx')
    done = run('--export-sheet', out, sample)
    check(done.returncode == 0, 'export-sheet xlsx exits 0', done.stderr)
    book = Workbook(out)
    check(list(book.sheets) == ['指标', '重点项目'], 'a sheet for indicators, one for projects',
          repr(list(book.sheets)))

    rows = book.rows('指标')
    header = [c[0] for c in rows[0]]
    expected_header = (['编号', '类别', '领域', '指标名称', '单位', '基期值', '目标值', '属性', '责任单位'] +
                       ['%d年实际值' % y for y in years] + ['完成度', '进度状态', '备注'])
    check(header == expected_header, 'indicator headers in Chinese', repr(header))
    check(len(rows) - 1 == len(indicators), 'one row per indicator (%d)' % len(indicators),
          str(len(rows) - 1))

    numbers = texts = 0
    for row, ind in zip(rows[1:], indicators):
        row = row + [('', 'none', 0)] * (len(header) - len(row))
        check(row[0][0] == ind['id'] and row[3][0] == ind['name'], 'row of ' + ind['id'],
              repr(row[:4]))
        check_value_cell(row[5], ind['baseline'], ind['id'] + ' baseline')
        check_value_cell(row[6], ind['target'], ind['id'] + ' target')
        for i, year in enumerate(years):
            expected = expected_year_cell(ind, year)
            check_value_cell(row[9 + i], expected, '%s %d' % (ind['id'], year))
            if expected:
                numbers += row[9 + i][1] == 'n'
                texts += row[9 + i][1] == 's'
        nature = {'binding': '约束性', 'expected': '预期性', None: ''}[ind['nature']]
        check(row[7][0] == nature, ind['id'] + ' nature', repr(row[7]))
        status = row[len(years) + 10][0]
        check(status.split(' · ')[0] in ('提前实现', '快于预期', '基本符合预期', '滞后', '严重滞后', '无数据', '不适用'),
              ind['id'] + ' status in words', status)
    # the sample has both kinds: 78.5 years and 96% (text)
    check(numbers > 0 and texts > 0, 'actual values both as numbers and as text', '%d %d' % (numbers, texts))

    # 人均预期寿命 78.34 → 提高1岁, actual 78.9 in 2023: completion (78.9-78.34)/1 = 56%
    life = next(r for r in rows[1:] if r[3][0] == '人均预期寿命')
    completion = life[len(years) + 9]
    check(completion[1] == 'n' and abs(float(completion[0]) - 0.56) < 1e-9 and
          book.number_format(completion[2]) == '0%', 'completion a percentage (56%)', repr(completion))
    check(book.number_format(life[9 + years.index(2023)][2]) == '0.0',
          '78.9 keeps its one decimal', repr(life[9 + years.index(2023)]))

    sheet = book.sheets['指标']
    pane = sheet.find('.//' + MAIN + 'pane')
    check(pane is not None and pane.get('state') == 'frozen' and pane.get('ySplit') == '1' and
          pane.get('xSplit') == '4', 'header row and columns up to the name frozen',
          ET.tostring(pane).decode() if pane is not None else 'no pane')
    cols = sheet.find(MAIN + 'cols')
    first = cols[0]
    check(first.get('min') == '1' and first.get('hidden') == '1', 'the id column is hidden',
          ET.tostring(first).decode())
    widths = {int(c.get('min')): float(c.get('width')) for c in cols}
    name_len = max(len(i['name']) for i in indicators)
    check(widths[4] >= 2 * name_len and widths[5] < widths[4], 'the name column fits the longest name',
          '%s for %d characters' % (widths[4], name_len))

    prows = book.rows('重点项目')
    pheader = [c[0] for c in prows[0]]
    check(pheader == ['编号', '专栏', '序号', '项目名称', '建设内容', '牵头单位', '开工年份', '完工年份',
                      '总投资(万元)', '项目状态', '完成进度(%)'], 'project headers in Chinese', repr(pheader))
    check(len(prows) - 1 == len(projects), 'one row per project (%d)' % len(projects), str(len(prows) - 1))
    for row, prj in zip(prows[1:], projects):
        check(row[0][0] == prj['id'] and row[3][0] == prj['name'] and row[5][0] == prj['lead'] and
              row[1][0] == prj['box'], 'project row of ' + prj['id'], repr(row[:6]))
        check(row[10][1] == 'n' and int(float(row[10][0])) == int(prj['progress']),
              prj['id'] + ' progress a number', repr(row[10]))
        check(row[9][0] == STATUSES[prj['status']], prj['id'] + ' status in words', repr(row[9]))
        if prj['investment']:
            check(row[8][1] == 'n' and float(row[8][0]) == float(prj['investment']),
                  prj['id'] + ' investment a number', repr(row[8]))
    return out


def read_csv(path):
    data = open(path, 'rb').read()
    check(data.startswith(b'\xef\xbb\xbf'), os.path.basename(path) + ' starts with a byte-order mark')
    check(b'\r\n' in data and b'\n' not in data.replace(b'\r\n', b''),
          os.path.basename(path) + ' ends its records with CRLF')
    return list(csv.reader(io.StringIO(data.decode('utf-8-sig'), newline=''), strict=True))


def test_export_csv(work):
    years, indicators, projects = read_plan(sample)
    out = os.path.join(work, 'export.csv')
    done = run('--export-sheet', out, sample)
    check(done.returncode == 0, 'export-sheet csv exits 0', done.stderr)
    rows = read_csv(out)
    check(len(rows) == len(indicators) + 1, 'csv: a row per indicator', str(len(rows)))
    for row, ind in zip(rows[1:], indicators):
        values = [ind['baseline'], ind['target']] + [expected_year_cell(ind, y) for y in years]
        check(row[0] == ind['id'] and row[3] == ind['name'] and row[5:7] + row[9:9 + len(years)] == values,
              'csv: values of %s as printed' % ind['id'], repr((row, values)))
    prows = read_csv(os.path.join(work, 'export-projects.csv'))
    check(len(prows) == len(projects) + 1 and [r[3] for r in prows[1:]] == [p['name'] for p in projects],
          'csv: the projects beside it', str(len(prows)))


def plan_with_units(work):
    """The sample, with units given to its indicators (it has none): by
    domain, and one indicator shared by two units."""
    ET.register_namespace('', PLAN[1:-1])
    tree = ET.parse(sample)
    units = {'幼儿照护': ['市卫生健康委'], '卫生健康': ['市卫生健康委'], '现代教育': ['市教育局'],
             '就业创业': ['市人力资源社会保障局'], '养老服务': ['市民政局'], '兜底救助': ['市民政局'],
             '文化体育': ['市文化广电和旅游局', '市体育局'], '住房保障': ['市住房和城乡建设局']}
    for ind in tree.getroot().iter(PLAN + 'indicator'):
        names = units.get(text_of(ind, 'domain'), [])
        children = list(ind)
        after = max(i for i, c in enumerate(children)
                    if c.tag in (PLAN + 'category', PLAN + 'domain', PLAN + 'name', PLAN + 'unit',
                                 PLAN + 'baseline', PLAN + 'target'))
        for k, name in enumerate(names):
            element = ET.Element(PLAN + 'responsible')
            element.text = name
            ind.insert(after + 1 + k, element)
    path = os.path.join(work, 'units.plan')
    tree.write(path, encoding='UTF-8', xml_declaration=True)
    return path


def test_collection(work):
    path = plan_with_units(work)
    years, indicators, projects = read_plan(path)
    folder = os.path.join(work, 'collection')
    done = run('--export-collection', folder, '--year', '2024', path)
    check(done.returncode == 0, 'export-collection exits 0', done.stderr)

    units = set()
    for ind in indicators:
        units.update(ind['responsible'])
    for prj in projects:
        units.add(prj['lead'])
    files = sorted(os.listdir(folder))
    check(files == sorted(u + '.xlsx' for u in units), 'one workbook per unit (%d)' % len(units),
          repr(files))
    check(sorted(done.stdout.split()) == files, 'the names written are printed', done.stdout)

    for unit in sorted(units):
        name = unit + '.xlsx'
        if name not in files:
            continue
        book = Workbook(os.path.join(folder, name))
        mine = [i['id'] for i in indicators if unit in i['responsible']]
        theirs = [p['id'] for p in projects if p['lead'] == unit]
        got = [r[0][0] for r in book.rows('指标')[1:]] if '指标' in book.sheets else []
        gotp = [r[0][0] for r in book.rows('重点项目')[1:]] if '重点项目' in book.sheets else []
        check(got == mine and gotp == theirs, unit + ': exactly its rows',
              repr((got, mine, gotp, theirs)))

        for sheet_name in book.sheets:
            sheet = book.sheets[sheet_name]
            protection = sheet.find(MAIN + 'sheetProtection')
            check(protection is not None and protection.get('sheet') == '1',
                  '%s %s: protected' % (unit, sheet_name))
            rows = book.rows(sheet_name)
            header = [c[0] for c in rows[0]]
            fill = (['2024年实际值', '备注'] if sheet_name == '指标' else ['项目状态', '完成进度(%)'])
            open_columns = {header.index(h) for h in fill}
            check('2025年实际值' not in header, '%s %s: no column after the year asked for' % (unit, sheet_name),
                  repr(header))
            ok = True
            for row in rows[1:]:
                for i, cell in enumerate(row):
                    if cell[1] == 'none':
                        ok = ok and i not in open_columns
                    elif book.locked(cell[2]) == (i in open_columns):
                        ok = False
            check(ok, '%s %s: only the cells to fill are open' % (unit, sheet_name))

            validations = sheet.find(MAIN + 'dataValidations')
            kinds = set()
            if validations is not None:
                for v in validations:
                    formula = v.find(MAIN + 'formula1')
                    kinds.add((v.get('type'), formula.text if formula is not None else None,
                               v.find(MAIN + 'formula2').text if v.find(MAIN + 'formula2') is not None else None))
            if sheet_name == '重点项目':
                check(('list', '"未开工,在建,已完工,暂缓"', None) in kinds and ('whole', '0', '100') in kinds,
                      unit + ': status from a list, progress 0 to 100', repr(kinds))

    # a qualitative indicator's year to fill offers the states
    book = Workbook(os.path.join(folder, '市民政局.xlsx'))
    kinds = {v.get('type') + ':' + v.find(MAIN + 'formula1').text
             for v in book.sheets['指标'].find(MAIN + 'dataValidations')}
    check('list:"未启动,推进中,基本实现,已实现"' in kinds, 'qualitative targets: the states as a list', repr(kinds))
    return folder


def test_ssconvert(work, files):
    ssconvert = shutil.which('ssconvert')
    if ssconvert is None:
        check(False, 'ssconvert opens the workbooks', 'ssconvert is missing: tools/dev installs gnumeric')
        return
    years, indicators, projects = read_plan(sample)
    for path in files:
        out = os.path.join(work, 'converted-%n.csv')
        done = subprocess.run([ssconvert, '-S', '-T', 'Gnumeric_stf:stf_assistant', '-O', 'format=preserve', path, out],
                              capture_output=True, text=True, timeout=120)
        complaints = [l for l in (done.stderr + done.stdout).splitlines() if l.strip()]
        check(done.returncode == 0 and not complaints, 'ssconvert opens %s without complaint'
              % os.path.basename(path), '\n'.join(complaints))
        converted = os.path.join(work, 'converted-0.csv')
        if path.endswith('export.xlsx') and os.path.exists(converted):
            rows = list(csv.reader(open(converted, encoding='utf-8', newline='')))
            life = next(r for r in rows if r[3] == '人均预期寿命')
            check(life[5] == '78.34' and life[6] == '提高1岁' and life[9 + years.index(2023)] == '78.9'
                  and life[9 + len(years)] == '56%',
                  'ssconvert shows the values as the plan prints them', repr(life))
        for name in os.listdir(work):
            if name.startswith('converted-'):
                os.unlink(os.path.join(work, name))


def merge(work, sheets, name):
    """Merges sheets into a copy of the sample; the report and the plan saved."""
    out = os.path.join(work, name + '.plan')
    args = []
    for sheet in sheets:
        args += ['--merge-sheet', sheet]
    done = run(*args, '--into', sample, '--output', out)
    return done, out


def ssconvert_to(source, target, *options):
    return subprocess.run([shutil.which('ssconvert'), *options, source, target],
                          capture_output=True, text=True, timeout=120)


def test_merge_xlsx_round_trip(work, exported, folder):
    """Workbooks written by the program, and one re-saved by Gnumeric, merge
    back into the plan they came from without changing anything."""
    years, indicators, projects = read_plan(sample)

    def unchanged(book, what):
        done, out = merge(work, [book], os.path.basename(book))
        check(done.returncode == 0 and done.stdout.startswith(
            '%d rows matched: 0 values filled, 0 changed; 0 rows not matched' % (len(indicators) + len(projects))),
            'merge-sheet xlsx: %s merges back, every row matched, nothing changed' % what, done.stdout + done.stderr)
        check(os.path.exists(out) and read_plan(out) == (years, indicators, projects),
              'merge-sheet xlsx: the plan saved after merging %s is the plan' % what)

    unchanged(exported, 'the export')

    books = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith('.xlsx'))
    done, _ = merge(work, books, 'collection-back')
    check(done.returncode == 0 and ' 0 values filled, 0 changed' in done.stdout.splitlines()[0],
          'merge-sheet xlsx: the %d collection workbooks merged back change nothing' % len(books),
          done.stdout + done.stderr)

    if shutil.which('ssconvert') is None:
        check(False, 'merge-sheet xlsx re-saved by Gnumeric', 'ssconvert is missing: tools/dev installs gnumeric')
        return
    resaved = os.path.join(work, 'resaved.xlsx')
    converted = ssconvert_to(exported, resaved, '-T', 'Gnumeric_Excel:xlsx2')
    app = zipfile.ZipFile(resaved).read('docProps/app.xml').decode() if os.path.exists(resaved) else ''
    check(converted.returncode == 0 and 'gnumeric' in app.lower(), 'Gnumeric re-saves the exported workbook',
          converted.stderr)
    unchanged(resaved, 'the export re-saved by Gnumeric')


def test_merge_xlsx_filled(work):
    """A department's sheet, typed into a spreadsheet program and saved by it
    as .xlsx (Gnumeric, from a CSV file: numbers become numbers, text shared
    or inline strings): every value in place, the report names each row."""
    years, indicators, projects = read_plan(sample)
    life = next(i for i in indicators if i['name'] == '人均预期寿命')
    if shutil.which('ssconvert') is None:
        check(False, 'merge-sheet of a filled xlsx', 'ssconvert is missing: tools/dev installs gnumeric')
        return
    rows = [
        ['编号', '领域', '指标名称', '单位', '2023年实际值', '2024年实际值', '备注'],
        # 2023 was 78.9: the same; 2024 is new
        [life['id'], '', '人均预期寿命', '岁', '78.9', '79.1', ''],
        # by name and unit: 2023 was 96.2%
        ['', '幼儿照护', '以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率', '', '96.4', '', '据卫健委统计，含流动儿童'],
        ['', '', '孤儿和事实无人抚养儿童保障覆盖率', '', '', '推进中', ''],
        ['', '', '每万人口全科医生数', '人', '', '2.5', ''],
        ['', '', '城镇新增就业人数', '万人', '', '约五万', ''],
    ]
    filled_csv = os.path.join(work, 'filled.csv')
    with open(filled_csv, 'w', encoding='utf-8', newline='') as f:
        csv.writer(f).writerows(rows)
    projects_csv = os.path.join(work, 'filled-projects.csv')
    with open(projects_csv, 'w', encoding='utf-8', newline='') as f:
        csv.writer(f).writerows([['项目名称', '牵头单位', '项目状态', '完成进度(%)'],
                                 ['产前筛查工程', '市卫生健康委', '在建', '75']])
    filled = os.path.join(work, 'filled.xlsx')
    filled_projects = os.path.join(work, 'filled-projects.xlsx')
    a = ssconvert_to(filled_csv, filled, '-T', 'Gnumeric_Excel:xlsx2')
    b = ssconvert_to(projects_csv, filled_projects, '-T', 'Gnumeric_Excel:xlsx2')
    check(a.returncode == 0 and b.returncode == 0, 'Gnumeric saves the filled sheets as .xlsx', a.stderr + b.stderr)
    # what Gnumeric wrote: the numbers as numbers
    book = Workbook(filled)
    sheet_rows = book.rows(next(iter(book.sheets))) if book.sheets else []
    e3 = sheet_rows[2][4] if len(sheet_rows) > 2 and len(sheet_rows[2]) > 4 else None
    check(e3 is not None and e3[1] == 'n' and abs(float(e3[0]) - 96.4) < 1e-9,
          'Gnumeric stores 96.4 as a number', repr(e3))

    done, out = merge(work, [filled, filled_projects], 'filled')
    report = done.stdout
    check(done.returncode == 1, 'merge-sheet of a filled xlsx exits 1: some rows were not merged', report)
    check(report.startswith('5 rows matched: 3 values filled, 2 changed; 1 rows not matched, 1 values unreadable'),
          'merge-sheet xlsx: the summary counts what was merged', report)
    for line in ['filled.xlsx[filled.csv]:3: changed: 以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率, 2023年实际值: 96.2% → 96.4',
                 'filled.xlsx[filled.csv]:2: filled: 人均预期寿命, 2024年实际值: 79.1',
                 'filled.xlsx[filled.csv]:5: not matched: 每万人口全科医生数',
                 'filled.xlsx[filled.csv]:6: unreadable: 城镇新增就业人数, 2024年实际值: 约五万',
                 'filled-projects.xlsx[filled-projects.csv]:2: changed: 产前筛查工程, 完成进度(%): 60 → 75']:
        check(any(line in l for l in report.splitlines()), 'merge-sheet xlsx report: ' + line, report)
    if os.path.exists(out):
        _, after, after_projects = read_plan(out)
        by_name = {i['name']: i for i in after}
        check(by_name['人均预期寿命']['actual'].get(2024, ('',))[0] == '79.1'
              and by_name['人均预期寿命']['actual'][2023][0] == '78.9',
              'merge-sheet xlsx: 79.1 for 2024, 78.9 kept for 2023', repr(by_name['人均预期寿命']['actual']))
        check(by_name['以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率']['actual'][2023][0] == '96.4'
              and by_name['以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率']['note'] == '据卫健委统计，含流动儿童',
              'merge-sheet xlsx: 96.4 and the note in place')
        check(by_name['孤儿和事实无人抚养儿童保障覆盖率']['actual'].get(2024, (None, None))[1] == 'in-progress',
              'merge-sheet xlsx: the state 推进中 in place',
              repr(by_name['孤儿和事实无人抚养儿童保障覆盖率']['actual']))
        check(2024 not in by_name['城镇新增就业人数']['actual'], 'merge-sheet xlsx: the unreadable value is not merged')
        check(next(p for p in after_projects if p['name'] == '产前筛查工程')['progress'] == '75',
              'merge-sheet xlsx: the project at 75%')
    else:
        check(False, 'merge-sheet xlsx: the plan is saved', done.stderr)


def write_xlsx(path, sheet_xml, strings_xml=None, styles_xml=None, workbook_pr='', extra=None):
    """A workbook written part by part, as the format allows it to be."""
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"'
            ' Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"'
            ' Target="strings.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"'
            ' Target="/xl/styles.xml"/></Relationships>')
    workbook = ('<workbook xmlns="%s" xmlns:r="%s">%s<sheets><sheet name="指标" sheetId="1" r:id="rId1"/></sheets>'
                '</workbook>' % (MAIN[1:-1], REL[1:-1], workbook_pr))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr('xl/workbook.xml', workbook)
        z.writestr('xl/_rels/workbook.xml.rels', rels)
        z.writestr('xl/worksheets/sheet1.xml', '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>'
                   % (MAIN[1:-1], sheet_xml))
        if strings_xml is not None:
            z.writestr('xl/strings.xml', '<sst xmlns="%s">%s</sst>' % (MAIN[1:-1], strings_xml))
        if styles_xml is not None:
            z.writestr('xl/styles.xml', '<styleSheet xmlns="%s">%s</styleSheet>' % (MAIN[1:-1], styles_xml))
        for name, data in (extra or {}).items():
            z.writestr(name, data)


def test_merge_xlsx_parts(work):
    """What the format allows and the program does not write itself: rich
    text with phonetic guides, inline strings, cells out of order, number
    formats of fixed decimals, percentages and dates, a formula's value."""
    strings = ('<si><t>指标名称</t></si><si><t>单位</t></si><si><t>2024年实际值</t></si><si><t>备注</t></si>'
               '<si><r><t>人均</t></r><r><rPr><b/></rPr><t>预期寿命</t></r><rPh sb="0" eb="2"><t>ジンキン</t></rPh></si>'
               '<si><t>岁</t></si>')
    styles = ('<numFmts count="2"><numFmt numFmtId="164" formatCode="0.00"/>'
              '<numFmt numFmtId="165" formatCode="[Red]0.0&quot;%&quot;;0.0%"/></numFmts>'
              '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/>'
              '<xf numFmtId="14"/><xf numFmtId="49"/></cellXfs>')
    sheet = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>3</v></c>'
             '<c r="C1" t="s"><v>2</v></c></row>'
             '<row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4" t="s"><v>5</v></c>'
             '<c r="C4" s="1"><f>79+0.1</f><v>79.099999999999994</v></c>'
             '<c r="D4" s="3"><v>45473</v></c></row>'
             '<row r="6"><c r="A6" t="inlineStr"><is><t>以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率</t></is></c>'
             '<c r="C6" s="2"><v>0.96399999999999997</v></c>'
             '<c r="D6" t="str"><f>"卫健委"&amp;"统计"</f><v>卫健委统计</v></c></row>')
    path = os.path.join(work, 'parts.xlsx')
    write_xlsx(path, sheet, strings, styles)
    done, out = merge(work, [path], 'parts')
    report = done.stdout
    check(done.returncode == 0 and report.startswith('2 rows matched: 4 values filled, 0 changed'),
          'merge-sheet xlsx by hand: two rows matched by name, four values filled', report + done.stderr)
    for line in ['parts.xlsx[指标]:4: filled: 人均预期寿命, 2024年实际值: 79.10',
                 'parts.xlsx[指标]:4: filled: 人均预期寿命, 备注: 2024-06-30',
                 'parts.xlsx[指标]:6: filled: 以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率, 2024年实际值: 96.40%',
                 'parts.xlsx[指标]:6: filled: 以乡镇(街道)为单位适龄儿童免疫规划疫苗接种率, 备注: 卫健委统计']:
        check(any(line in l for l in report.splitlines()), 'merge-sheet xlsx by hand: ' + line, report)

    # the 1904 date system moves every date by 1,462 days
    write_xlsx(path, sheet, strings, styles, '<workbookPr date1904="1"/>')
    done, _ = merge(work, [path], 'parts-1904')
    check('备注: 2028-07-01' in done.stdout, 'merge-sheet xlsx: a date of the 1904 system', done.stdout)


def test_merge_xlsx_hostile(work):
    """Workbooks that are damaged or made to hurt: one line naming the file
    and the place, exit 1, quickly, and nothing merged."""
    import time
    head = '<row r="1"><c r="A1" t="inlineStr"><is><t>指标名称</t></is></c></row>'
    cases = {
        'far.xlsx': dict(sheet_xml=head + '<row r="2"><c r="ZZZ2" t="inlineStr"><is><t>x</t></is></c></row>'),
        'beyond.xlsx': dict(sheet_xml=head + '<row r="2"><c r="XFE2"><v>1</v></c></row>'),
        'string.xlsx': dict(sheet_xml=head + '<row r="2"><c r="A2" t="s"><v>7</v></c></row>', strings_xml='<si><t>a</t></si>'),
        'row.xlsx': dict(sheet_xml=head + '<row r="2000000"><c r="A2000000"><v>1</v></c></row>'),
        'broken.xlsx': dict(sheet_xml=head + '<row r="2"><c r="A2"><v>1</v></row>'),
    }
    expected = {
        'far.xlsx': 'xl/worksheets/sheet1.xml:1: the workbook cannot be read: the cell “ZZZ2” is beyond column 1024',
        'beyond.xlsx': 'the cell “XFE2” is beyond column 1024',
        'string.xlsx': 'a cell refers to the shared string “7”, which the workbook does not have',
        'row.xlsx': 'a row is numbered outside what a worksheet can hold',
        'broken.xlsx': 'xl/worksheets/sheet1.xml:1:',
    }
    for name, parts in cases.items():
        path = os.path.join(work, name)
        write_xlsx(path, **parts)
    # entities: a billion laughs in the shared strings
    laughs = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "hahahahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><sst xmlns="%s"><si><t>&c;</t></si></sst>' % MAIN[1:-1])
    write_xlsx(os.path.join(work, 'laughs.xlsx'), head, extra={'xl/strings.xml': laughs})
    expected['laughs.xlsx'] = 'xl/strings.xml'
    # a Word file given instead
    with zipfile.ZipFile(os.path.join(work, 'word.xlsx'), 'w') as z:
        z.writestr('word/document.xml', '<w:document xmlns:w="urn:w"/>')
    expected['word.xlsx'] = 'not an Excel workbook (.xlsx)'
    # a workbook cut short
    data = open(os.path.join(work, 'far.xlsx'), 'rb').read()
    open(os.path.join(work, 'cut.xlsx'), 'wb').write(data[:len(data) // 2])
    expected['cut.xlsx'] = 'cut.xlsx:'
    # many empty cells cost their place: a million of them is the limit
    many = ''.join('<row r="%d"><c r="ALL%d"/></row>' % (r, r) for r in range(2, 1200))
    write_xlsx(os.path.join(work, 'many.xlsx'), head + many)
    expected['many.xlsx'] = 'it holds more cells than any workbook of a plan'

    for name, message in sorted(expected.items()):
        start = time.monotonic()
        done, out = merge(work, [os.path.join(work, name)], 'hostile')
        took = time.monotonic() - start
        lines = done.stderr.strip().splitlines()
        check(done.returncode == 1 and len(lines) == 1 and name in lines[0] and message in lines[0]
              and took < 5 and not os.path.exists(out),
              'merge-sheet refuses %s: %s' % (name, message), done.stderr + done.stdout)


with tempfile.TemporaryDirectory() as work:
    exported = test_export_xlsx(work)
    test_export_csv(work)
    folder = test_collection(work)
    test_ssconvert(work, [exported, os.path.join(folder, '市民政局.xlsx')])
    test_merge_xlsx_round_trip(work, exported, folder)
    test_merge_xlsx_filled(work)
    test_merge_xlsx_parts(work)
    test_merge_xlsx_hostile(work)

print('1..%d' % len(results))
for n, (ok, name, detail) in enumerate(results, 1):
    print('%s %d %s' % ('ok' if ok else 'not ok', n, name))
    if not ok and detail:
        for line in detail.splitlines():
            print('# ' + line)
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
