#!/usr/bin/env python3
# test-layers.py: the build enforces the layers that HACKING.md lists.
#
# For every pair of layers, a probe file that includes the other layer's main
# header is compiled with exactly the flags of the first layer's library (from
# compile_commands.json): it must compile where HACKING.md draws an arrow and
# fail where it does not. The dependencies named in each src/LAYER/meson.build
# are the arrows of HACKING.md, no more and no fewer. Every header a file of
# src/ includes, by its name and never by a path, belongs to its own layer or
# one below it; a private header (-private.h) is included only from its own
# folder of src/.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

build_dir, source_dir = (os.path.abspath(arg) for arg in sys.argv[1:3])

# One header that every layer's users include.
HEADERS = {
    'model': 'pw-plan.h',
    'io': 'pw-plan-file.h',
    'import': 'pw-importer.h',
    'chart': 'pw-chart.h',
    'sheet': 'pw-sheet.h',
    'cli': 'pw-cli.h',
    'ui': 'pw-window.h',
}

tests = []


def check(ok, name, detail=''):
    tests.append((ok, name, detail))


def read_arrows():
    """The block after 'layers:' in HACKING.md: `layer: lower lower …`."""
    text = open(os.path.join(source_dir, 'HACKING.md'), encoding='utf-8').read()
    block = re.search(r'```layers\n(.*?)```', text, re.S)
    if not block:
        sys.exit('HACKING.md has no ```layers block')
    arrows = {}
    for line in block.group(1).splitlines():
        if ':' in line:
            name, below = line.split(':', 1)
            arrows[name.strip()] = set(below.split())
    return arrows


def below(arrows, layer):
    """Every layer reachable from layer by arrows."""
    seen, todo = set(), list(arrows[layer])
    while todo:
        lower = todo.pop()
        if lower not in seen:
            seen.add(lower)
            todo.extend(arrows.get(lower, ()))
    return seen


def command_for(commands, layer):
    """The compile command of one source file of the layer's library."""
    folder = os.path.join(source_dir, 'src', layer) + os.sep
    for entry in commands:
        path = os.path.normpath(os.path.join(entry['directory'], entry['file']))
        if path.startswith(folder) and path.endswith('.c'):
            return entry
    return None


def probe(entry, headers, workdir):
    args = shlex.split(entry['command'])
    keep, skip = [], False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in ('-o', '-MQ', '-MF', '-c'):
            skip = True
            continue
        if arg in ('-MD',):
            continue
        keep.append(arg)
    path = os.path.join(workdir, 'probe.c')
    with open(path, 'w') as f:
        for header in headers:
            f.write('#include "%s"\n' % header)
    done = subprocess.run(keep + ['-fsyntax-only', path], cwd=entry['directory'],
                          capture_output=True, text=True)
    return done.returncode == 0, done.stderr


def layer_folders():
    """The folders of src/ that build a library."""
    src = os.path.join(source_dir, 'src')
    return {name for name in os.listdir(src)
            if os.path.exists(os.path.join(src, name, 'meson.build'))}


def meson_arrows(layer):
    """The layers whose pw_LAYER_dep src/LAYER/meson.build names."""
    text = open(os.path.join(source_dir, 'src', layer, 'meson.build'),
                encoding='utf-8').read()
    text = re.sub(r'#.*', '', text)
    return set(re.findall(r'\bpw_(\w+)_dep\b', text)) - {layer}


def owners(header):
    """The layers whose folder (in the sources or the build) holds header."""
    return {layer for layer in HEADERS
            for root in (source_dir, build_dir)
            if os.path.exists(os.path.join(root, 'src', layer, header))}


arrows = read_arrows()
check(set(arrows) == set(HEADERS), 'HACKING.md lists every layer',
      'listed: %s' % sorted(arrows))
check(layer_folders() == set(HEADERS), 'every folder of src/ with a library is a layer',
      'folders: %s' % sorted(layer_folders()))
for layer in sorted(arrows):
    if layer in layer_folders():
        found = meson_arrows(layer)
        check(found == arrows[layer],
              'src/%s/meson.build depends on %s as HACKING.md says'
              % (layer, ', '.join(sorted(arrows[layer])) or 'no layer'),
              'it names: %s' % (', '.join(sorted(found)) or 'none'))
commands = json.load(open(os.path.join(build_dir, 'compile_commands.json')))

with tempfile.TemporaryDirectory() as workdir:
    for layer in HEADERS:
        entry = command_for(commands, layer)
        if entry is None:
            check(False, '%s has a library' % layer)
            continue
        allowed = below(arrows, layer) | {layer}
        # Everything it may see, in one file: the headers compile together.
        seen = [HEADERS[other] for other in HEADERS if other in allowed]
        compiles, message = probe(entry, seen, workdir)
        check(compiles, '%s may include %s' % (layer, ', '.join(seen)), message[:300])
        for other, header in HEADERS.items():
            if other in allowed:
                continue
            # Refused because the header is out of sight, not for another fault.
            compiles, message = probe(entry, [header], workdir)
            check(not compiles and header in message and 'No such file' in message,
                  '%s cannot include %s (%s)' % (layer, header, other), message[:300])

# What the files include: a header of their layer or one below, by its name
# (a path such as "../ui/pw-window.h" would get past the include
# directories), and a private header only from its own folder.
for layer in sorted(HEADERS):
    folder = os.path.join(source_dir, 'src', layer)
    allowed = below(arrows, layer) | {layer} if layer in arrows else {layer}
    wrong = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(('.c', '.h')):
            continue
        text = open(os.path.join(folder, name), encoding='utf-8').read()
        for header in re.findall(r'^\s*#\s*include\s*"([^"]+)"', text, re.M):
            if '/' in header:
                wrong.append('%s includes %s by a path' % (name, header))
            elif owners(header) and not owners(header) & allowed:
                wrong.append('%s includes %s (%s)'
                             % (name, header, ', '.join(sorted(owners(header)))))
            if header.endswith('-private.h'):
                here = '/' not in header and os.path.exists(os.path.join(folder, header))
                check(here, 'src/%s/%s includes %s from its own folder'
                      % (layer, name, header))
    check(not wrong, 'src/%s/ includes only headers of %s'
          % (layer, ', '.join(sorted(allowed))), '; '.join(wrong))

print('TAP version 13')
print('1..%d' % len(tests))
for number, (ok, name, detail) in enumerate(tests, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', number, name))
    if not ok and detail:
        print('# ' + detail)
sys.exit(0 if all(ok for ok, _, _ in tests) else 1)
