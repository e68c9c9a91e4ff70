#!/usr/bin/env python3
"""Where the processor's time goes, from the JFR recordings that `BENCH_JFR=1 processor/bench/run.sh` writes.

    processor/bench/jfr-summary.py /tmp/dbmirror-bench/*.jfr

Counts the execution samples (1 ms) whose stack holds the processor's pipeline and puts each into the first
bucket below that one of its frames falls in, looking from the leaf down to the pipeline (so a JavaPoet call
made while the Filer's writer is open counts as JavaPoet). See docs/benchmarks.md, "## Processor".
"""
import subprocess
import sys
from collections import Counter

PIPELINE = 'dev.dbmirror.processor.Pipeline.run'
WRITE = 'dev.dbmirror.processor.write.'

# (bucket, test on one frame's class.method); the first bucket that any frame matches wins
BUCKETS = [
    ('javac Filer: does the type exist yet (checkNameAndExistence)', lambda f: 'JavacFiler.checkNameAndExistence' in f),
    ('javac Filer: was the file opened before (checkFileReopening)', lambda f: 'JavacFiler.checkFileReopening' in f),
    ('SHA-256 of the mirror, for the stamp', lambda f: 'MessageDigest' in f or '.SHA2' in f),
    ('handing the text to the Filer (writer, encoder, close)',
     lambda f: 'JavacFiler$Filer' in f or 'StreamEncoder' in f or f.startswith('java.io.Writer') or 'OutputStreamWriter' in f),
    ('javac Filer, the rest', lambda f: 'JavacFiler' in f),
    ('JavaPoet rendering (JavaFile, CodeWriter)',
     lambda f: f.startswith('com.palantir.javapoet.JavaFile') or f.startswith('com.palantir.javapoet.CodeWriter')),
    ('write stage, dbmirror code (JavaPoet version: building the specs; emitter: rendering)',
     lambda f: f.startswith(WRITE) and not f.startswith(WRITE + 'SourceWriter')),
    ('reading the mirror (JSON, model, validation)', lambda f: f.startswith('dev.dbmirror.processor.load.')),
    ('planning, option checks', lambda f: f.startswith('dev.dbmirror.processor.plan.') or 'OptionChecks' in f
     or 'Pipeline.plan' in f),
]


def stacks(recording):
    """The stacks (leaf first, class.method only) of the execution samples in a recording."""
    text = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '300', recording],
                          check=True, capture_output=True, text=True).stdout
    stack = None
    for line in text.splitlines():
        if line.startswith('jdk.ExecutionSample'):
            stack = []
        elif stack is not None and line.startswith('    ') and not line.strip().startswith(']'):
            stack.append(line.strip().split('(')[0])
        elif line == '}' and stack is not None:
            yield stack
            stack = None


def bucket(stack):
    frames = stack[:stack.index(PIPELINE)]
    for name, test in BUCKETS:
        if any(test(frame) for frame in frames):
            return name
    return 'other (' + (frames[-1] if frames else PIPELINE) + ')'


for recording in sys.argv[1:]:
    counts = Counter(bucket(stack) for stack in stacks(recording) if PIPELINE in stack)
    total = sum(counts.values())
    print(f'{recording}: {total} samples in the pipeline')
    for name, count in counts.most_common():
        print(f'  {count:6d} {100 * count / total:5.1f}%  {name}')
