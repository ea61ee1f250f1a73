#!/usr/bin/env python3
# test-kill-save.py: a save killed at any moment leaves the whole old file or
# the whole new one
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   test-kill-save.py SAVE_HELPER [KILLS]
#
# For a regular file, a file reached through a symbolic link and a file with
# two hard links: KILLS times (50), a save (pw-save-helper) is killed with
# SIGKILL at a random moment between the start and the end of its writing.
# Each time the file is the whole old one or the whole new one, the backup
# FILE~ (when there is one; always once the new file is in place) is the old
# file with its mode, a symbolic link is still a link, the other name of a
# hard-linked file still holds the old file, and once the file has been
# opened again (pw_plan_load(), as the program opens it) no other file is
# left in its folders (no temporary file, ours or another's).
# Prints TAP.

import os
import random
import shutil
import stat
import subprocess
import sys
import tempfile
import time

helper = sys.argv[1]
kills = int(sys.argv[2]) if len(sys.argv) > 2 else 50
N_INDICATORS = 1000
OLD_MODE = 0o640
OLD = b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- the old file -->\n' + b'x' * 100000

random.seed(int(os.environ.get('PW_KILL_SEED', '14')))
top = tempfile.mkdtemp(prefix='pw-kill-')


def setup(mode):
    """A fresh folder; returns (the path saved to, the real file, the other name)."""
    work = os.path.join(top, mode)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.join(work, 'real'))
    real = os.path.join(work, 'real', 'plan.plan')
    with open(real, 'wb') as f:
        f.write(OLD)
    os.chmod(real, OLD_MODE)
    if mode == 'symlink':
        path = os.path.join(work, 'link.plan')
        os.symlink(os.path.join('real', 'plan.plan'), path)
        return path, real, None
    if mode == 'hardlink':
        other = os.path.join(work, 'real', 'other.plan')
        os.link(real, other)
        return real, real, other
    return real, real, None


def read(path):
    with open(path, 'rb') as f:
        return f.read()


def leftovers(work, kept):
    """What the folders hold besides the files in @kept (a temporary file of
    ours, .NAME.pw-save-*, or GLib's .goutputstream-*, which g_file_replace()
    left after every interrupted save)."""
    return [p for p in (os.path.join(d, n) for d, _, names in os.walk(work) for n in names)
            if p not in kept]


def start(path):
    p = subprocess.Popen([helper, str(N_INDICATORS), path], stdout=subprocess.PIPE)
    assert p.stdout.readline() == b'ready\n'
    return p


# How long a whole save takes, and what it writes.
path, real, _ = setup('regular')
t0 = time.monotonic()
p = start(path)
ready = time.monotonic()
p.wait()
duration = time.monotonic() - ready
assert p.returncode == 0, 'the save to be killed does not succeed'
NEW = read(real)
assert NEW != OLD and NEW.endswith(b'</plan>\n')

modes = ['regular', 'symlink', 'hardlink']
print('1..%d' % len(modes))
print('# a whole save takes %.0f ms and writes %d bytes; kills at random up to %.0f ms'
      % (duration * 1000, len(NEW), duration * 1200))
failed = False

for n, mode in enumerate(modes, 1):
    problems = []
    outcomes = {'old': 0, 'new': 0}
    mid_write = 0
    # the kills follow the write when the machine is slower or faster than
    # when it was measured: later after a kill before it, sooner after one
    # that found it done
    latest = duration * 1.2
    for i in range(kills):
        path, real, other = setup(mode)
        work = os.path.dirname(os.path.dirname(real))
        p = start(path)
        time.sleep(random.uniform(0, latest))
        p.kill()
        p.wait()

        content = read(path)
        backup = real + '~'
        if content == OLD:
            outcomes['old'] += 1
        elif content == NEW:
            outcomes['new'] += 1
        else:
            problems.append('kill %d: the file is neither the old nor the new one (%d bytes)' % (i, len(content)))
        if os.path.exists(backup):
            if read(backup) != OLD:
                problems.append('kill %d: the backup is not the old file' % i)
            if stat.S_IMODE(os.stat(backup).st_mode) != OLD_MODE:
                problems.append('kill %d: the backup has the mode %o' % (i, stat.S_IMODE(os.stat(backup).st_mode)))
        elif content == NEW:
            problems.append('kill %d: the new file is in place but no backup was kept' % i)
        if content == NEW and stat.S_IMODE(os.stat(real).st_mode) != OLD_MODE:
            problems.append('kill %d: the new file lost the old one\'s mode' % i)
        if mode == 'symlink' and not os.path.islink(path):
            problems.append('kill %d: the link was replaced by a file' % i)
        if other is not None and read(other) != OLD:
            problems.append('kill %d: the other name of the file changed' % i)

        # what the killed save left is a temporary file of ours, nothing else
        # (a kill during the write leaves one; SIGKILL cannot be caught)
        left = leftovers(work, {path, real, backup, other})
        ours = '.' + os.path.basename(real) + '.pw-save-'
        mid_write += len(left) > 0
        if content == NEW:
            latest *= 0.85
        elif not left:
            latest *= 1.15
        for p_left in left:
            if not os.path.basename(p_left).startswith(ours):
                problems.append('kill %d: a file not ours was left: %s' % (i, p_left))

        # the next start of the program removes what the killed one left
        subprocess.run([helper, '--open', path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        left = leftovers(work, {path, real, backup, other})
        if left:
            problems.append('kill %d: temporary files left: %s' % (i, ', '.join(left)))

    print('# %s: %d kills, the old file %d times, the new one %d times, %d during the write'
          % (mode, kills, outcomes['old'], outcomes['new'], mid_write))
    # the kills fall before, during and after the write, not only around it
    if kills >= 20 and not (outcomes['old'] and outcomes['new'] and mid_write):
        problems.append('the kills missed the write: old %d, new %d, during %d'
                        % (outcomes['old'], outcomes['new'], mid_write))
    for problem in problems[:10]:
        print('# ' + problem)
    if problems:
        failed = True
        print('not ok %d - %s' % (n, mode))
    else:
        print('ok %d - %s' % (n, mode))

shutil.rmtree(top, ignore_errors=True)
sys.exit(1 if failed else 0)
