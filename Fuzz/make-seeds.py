#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets from Golden/ into
Fuzz/out/seeds/TARGET (then Fuzz/minimize.sh TARGET keeps what adds
coverage in Fuzz/corpus/TARGET).

Multi-file inputs use the format of Tests/HostileInputTests/FrontEnds/
NativeInput.swift: parts separated by a line `%%`, each part's first line
naming the file."""
import hashlib
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
golden = root / "Golden"
out = root / "Fuzz" / "out" / "seeds"
separator = b"\n%%\n"


def files_of(folder):
    return [(p.name.encode(), p.read_bytes()) for p in sorted(folder.iterdir()) if p.is_file()]


def tree_bytes(files):
    return separator.join(name + b"\n" + contents for name, contents in files)


def write(target, data):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


xml_documents = sorted(golden.rglob("*.xml"))
for path in xml_documents:
    write("xml-tokenizer", path.read_bytes())
    write("xml-ir", path.read_bytes())

for path in sorted(golden.rglob("ifcfg-*")):
    write("shell-lexer", path.read_bytes())

for dialect in ("redhat", "suse"):
    cases = golden / dialect
    if not cases.is_dir():
        continue
    for case in sorted(cases.iterdir()):
        trees = [case / "before", case / "expected"]
        for folder in trees:
            if folder.is_dir():
                write(dialect + "-get", tree_bytes(files_of(folder)))
        document = case / "input.xml"
        if document.is_file():
            before = files_of(case / "before") if (case / "before").is_dir() else []
            pipeline = "pipeline" if dialect == "redhat" else "suse-pipeline"
            write(pipeline, separator.join([document.read_bytes(), tree_bytes(before)]) if before else document.read_bytes())

for target in sorted(p.name for p in out.iterdir()):
    print(target, len(list((out / target).iterdir())))
