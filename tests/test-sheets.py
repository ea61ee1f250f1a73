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


with tempfile.TemporaryDirectory() as work:
    exported = test_export_xlsx(work)
    test_export_csv(work)
    folder = test_collection(work)
    test_ssconvert(work, [exported, os.path.join(folder, '市民政局.xlsx')])

print('1..%d' % len(results))
for n, (ok, name, detail) in enumerate(results, 1):
    print('%s %d %s' % ('ok' if ok else 'not ok', n, name))
    if not ok and detail:
        for line in detail.splitlines():
            print('# ' + line)
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
