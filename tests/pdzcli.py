# pdzcli.py: running the pdz command in the CLI tests
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Shared by tests/test-cli*.py: the command (PDZ_BIN), run in the C.UTF-8
# locale without NO_COLOR, on pipes or with its standard output on a
# pseudo-terminal; the hint that follows a usage error; a plan written
# from a dict; the bindings, when there are.

import json
import os
import pathlib
import pty
import subprocess

PDZ = os.environ.get('PDZ_BIN', 'pdz')


def bindings():
    """The Pdz module through PyGObject, or None without the bindings (the
    tests that need them are then skipped)."""
    try:
        import gi
        gi.require_version('Pdz', '1.0')
        from gi.repository import Pdz
    except (ImportError, ValueError):
        return None
    return Pdz


def environment(**extra):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith('LC_') and k not in ('LANG', 'LANGUAGE', 'NO_COLOR')}
    env['LC_ALL'] = 'C.UTF-8'
    env.update(extra)
    return env


def pdz(*args, cwd=None, **env):
    """Runs pdz with its output on pipes: (exit status, stdout, stderr)."""
    result = subprocess.run([PDZ, *map(str, args)], capture_output=True, env=environment(**env), timeout=120,
                            cwd=cwd)
    return result.returncode, result.stdout.decode('utf-8'), result.stderr.decode('utf-8')


def pdz_on_terminal(*args, **env):
    """Runs pdz with its standard output on a pseudo-terminal."""
    master, slave = pty.openpty()
    process = subprocess.Popen([PDZ, *map(str, args)], stdout=slave, stderr=subprocess.PIPE,
                               env=environment(**env))
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:   # EIO once the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    process.wait(timeout=60)
    process.stderr.close()
    return process.returncode, b''.join(chunks).decode('utf-8')


def hint(command):
    return "Try 'pdz %s --help' for more information." % command


def write_plan(directory, name, plan):
    """Writes the dict @plan as the JSON file @name in @directory."""
    path = pathlib.Path(directory) / name
    path.write_text(json.dumps(plan, ensure_ascii=False, indent=2), encoding='utf-8')
    return str(path)
