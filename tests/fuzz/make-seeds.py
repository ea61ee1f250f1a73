#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora of fuzz-html, fuzz-word and fuzz-odt.

    make-seeds.py FOLDER

into FOLDER/html, FOLDER/word and FOLDER/odt: the small synthetic documents of
tests/make-documents.py (made up there, no prose of any real plan), each ZIP
package also with its entries stored rather than deflated, so that the
fuzzer's changes reach the XML of the parts and not only the compressed
stream, and a few hostile packages (truncated, an entry named ../, the
encryption flag, a declared size of 3 GB). The inflating bombs are left out:
each run of them takes a second.
"""

import importlib.util
import os
import sys
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("documents", os.path.join(here, "..", "make-documents.py"))
documents = importlib.util.module_from_spec(spec)
spec.loader.exec_module(documents)


def stored(source, target):
    """The package source again, every entry stored."""
    with zipfile.ZipFile(source) as z, zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as out:
        for info in z.infolist():
            copy = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            out.writestr(copy, z.read(info.filename), compress_type=zipfile.ZIP_STORED)


def main():
    folder = sys.argv[1]
    work = os.path.join(folder, "documents")
    documents.sys.argv = ["make-documents.py", work]
    documents.main()
    kinds = {
        "html": ["plan.html", "wrong-charset.html", "bad-utf8.html", "unknown-charset.html"],
        "word": ["plan.docx", "features.docx", "truncated.docx", "dotdot.docx", "encrypted.docx",
                 "declared.docx", "badheader.docx"],
        "odt": ["plan.odt", "truncated.odt", "dotdot.odt"],
    }
    for kind, names in kinds.items():
        target = os.path.join(folder, kind)
        os.makedirs(target, exist_ok=True)
        for name in names:
            data = open(os.path.join(work, name), "rb").read()
            open(os.path.join(target, name), "wb").write(data)
        for name in names:
            if name in ("plan.docx", "features.docx", "plan.odt"):
                stem, suffix = os.path.splitext(name)
                stored(os.path.join(work, name), os.path.join(target, stem + "-stored" + suffix))
    # a small page of each construct the reader knows, in GB 2312
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'>"
            "<title>规划</title></head><body><div class='article'>"
            "<p align='center'><b>第一章 总则</b></p><h2>第一节 目标</h2><p>到2030年，指标<sup>1</sup>达到。<br>二行</p>"
            "<table><tr><td colspan='3'>专栏1 主要指标</td></tr><tr><td rowspan='2'>领域</td><td>指标</td>"
            "<td>2030年</td></tr><tr><td>人均GDP（万元）</td><td>10</td></tr></table>"
            "<script>var x = '<p>';</script></div><div class='footer'>版权</div></body></html>")
    open(os.path.join(folder, "html", "small-gb2312.html"), "wb").write(page.encode("gb2312"))
    for name in os.listdir(work):
        os.unlink(os.path.join(work, name))
    os.rmdir(work)
    open(os.path.join(folder, "stamp"), "w").write("")


if __name__ == "__main__":
    main()
