"""Oracle for the supervisor agreement test: supervisor's own config processing.

Reads a JSON list of config paths on stdin and prints a JSON list of verdicts, one per path:
{"path", "server": null | message, "client": null | message | "skipped"}.
"server" is supervisord's verdict (ServerOptions.process_config), "client" is supervisorctl's
(ClientOptions.process_config), asked only when the file has a [supervisorctl] section.
Run with Debian's python3 (/usr/bin/python3), which has the supervisor package.
"""
import json
import os
import sys
import warnings

warnings.simplefilter("ignore")

from supervisor.options import ClientOptions, ServerOptions  # noqa: E402


def verdict(options_class, path):
    options = options_class()
    options.configfile = path
    try:
        options.process_config(do_usage=False)
    except ValueError as e:
        return str(e)
    except Exception as e:  # anything else supervisor raises while reading the file
        return "%s: %s" % (type(e).__name__, e)
    return None


def has_ctl(path):
    with open(path) as f:
        return any(line.strip() == "[supervisorctl]" for line in f)


def main():
    paths = json.load(sys.stdin)
    out = []
    for path in paths:
        cwd = os.getcwd()
        try:
            server = verdict(ServerOptions, path)
            client = verdict(ClientOptions, path) if has_ctl(path) else "skipped"
        finally:
            os.chdir(cwd)
        out.append({"path": path, "server": server, "client": client})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
