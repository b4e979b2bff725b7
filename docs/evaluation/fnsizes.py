#!/usr/bin/env python3
"""Function body sizes of a wasm module by name (name section), biggest first; with a second
module, the change per name. usage: fnsizes.py A.wasm [B.wasm] [N]"""
import sys, re
def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, i
def parse(path):
    b = open(path, 'rb').read(); i = 8; imports = 0; bodies = []; names = {}
    while i < len(b):
        sid = b[i]; i += 1; size, i = leb(b, i); end = i + size
        if sid == 2:
            n, j = leb(b, i)
            for _ in range(n):
                l, j = leb(b, j); j += l; l, j = leb(b, j); j += l
                kind = b[j]; j += 1
                if kind == 0: _, j = leb(b, j); imports += 1
                elif kind == 1: j += 1; f, j = leb(b, j); _, j = leb(b, j); j = j if not f & 1 else leb(b, j)[1]
                elif kind == 2: f, j = leb(b, j); _, j = leb(b, j); j = j if not f & 1 else leb(b, j)[1]
                elif kind == 3: j += 2
        elif sid == 10:
            n, j = leb(b, i)
            for _ in range(n):
                l, j = leb(b, j); bodies.append(l); j += l
        elif sid == 0:
            l, j = leb(b, i); nm = b[j:j+l].decode(); j += l
            if nm == 'name':
                while j < end:
                    sub = b[j]; j += 1; sl, j = leb(b, j); se = j + sl
                    if sub == 1:
                        n, k = leb(b, j)
                        for _ in range(n):
                            idx, k = leb(b, k); l, k = leb(b, k); names[idx] = b[k:k+l].decode('utf-8', 'replace'); k += l
                    j = se
        i = end
    out = {}
    for k, sz in enumerate(bodies):
        nm = names.get(imports + k, f'f{imports+k}')
        nm = re.sub(r'17h[0-9a-f]{16}E$', '', nm)
        out[nm] = out.get(nm, 0) + sz
    return out
a = parse(sys.argv[1])
if len(sys.argv) > 2 and sys.argv[2].endswith('.wasm'):
    b = parse(sys.argv[2]); n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    d = sorted(((b.get(k, 0) - a.get(k, 0), k) for k in set(a) | set(b)), key=lambda x: -abs(x[0]))
    print('total', sum(a.values()), '->', sum(b.values()))
    for x, k in d[:n]: print(f'{x:+7d} {k[:150]}')
else:
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    print('total', sum(a.values()))
    for k, v in sorted(a.items(), key=lambda x: -x[1])[:n]: print(f'{v:7d} {k[:150]}')
