#!/usr/bin/env python3
"""Writes tests/ir/ll/intrinsics.ll and widths.ll (checked in): the same operations for many integer
widths, which is tedious by hand. Usage: python3 tests/ir/ll/gen.py tests/ir/ll"""
import sys
PRE = r'''declare void @"\01io.print_i64"(i64)
declare i32 @"\01io.putchar"(i32)

define internal void @p(i64 %v) {
  call void @"\01io.print_i64"(i64 %v)
  %c = call i32 @"\01io.putchar"(i32 32)
  ret void
}

define internal void @nl() {
  %c = call i32 @"\01io.putchar"(i32 10)
  ret void
}
'''
VALS = [(0, 0), (1, 1), (-1, 1), (5, -3), (-7, 2), (0x7f, 0x80), (0xff, 0x7fff), (0x8000, -0x8000),
        (0x7fffffff, 1), (-0x80000000, -1), (0x123456789abcdef0, 0x0fedcba987654321), (-0x8000000000000000, -1),
        (0x7fffffffffffffff, 0x7fffffffffffffff), (0xa5a5a5a5a5a5a5a5 - (1 << 64), 0x3c3c3c3c3c3c3c3c), (37, 29), (-100, 64)]

def globals_():
    s = "@in = global [%d x i64] [%s]\n" % (2 * len(VALS), ", ".join("i64 %d" % v for p in VALS for v in p))
    return s

def mainloop(funcs, n=len(VALS)):
    calls = []
    for w, fn in funcs:
        calls.append("  %%a%s = trunc i64 %%x to i%d\n  %%b%s = trunc i64 %%y to i%d\n  call void @%s(i%d %%a%s, i%d %%b%s)\n" %
                     (fn, w, fn, w, fn, w, fn, w, fn) if w < 64 else
                     "  call void @%s(i64 %%x, i64 %%y)\n" % fn)
    return ('''define i32 @main() {
entry:
  br label %%loop
loop:
  %%i = phi i32 [ 0, %%entry ], [ %%i2, %%loop ]
  %%k = shl i32 %%i, 1
  %%px = getelementptr [%d x i64], ptr @in, i32 0, i32 %%k
  %%x = load i64, ptr %%px
  %%k1 = add i32 %%k, 1
  %%py = getelementptr [%d x i64], ptr @in, i32 0, i32 %%k1
  %%y = load i64, ptr %%py
%s  %%i2 = add i32 %%i, 1
  %%done = icmp eq i32 %%i2, %d
  br i1 %%done, label %%exit, label %%loop
exit:
  ret i32 0
}
''' % (2 * n, 2 * n, "".join(calls), n))

class F:
    def __init__(s, w): s.w = w; s.n = 0; s.lines = []
    def t(s):
        s.n += 1; return "%%t%d" % s.n
    def emit(s, l): s.lines.append("  " + l)
    def pr(s, v, how):  # how: z/s/none (for i64)
        w = s.w
        if w < 64:
            t = s.t(); s.emit("%s = %sext i%d %s to i64" % (t, how, w, v)); v = t
        s.emit("call void @p(i64 %s)" % v)
    def prw(s, v, w, how):
        if w < 64:
            t = s.t(); s.emit("%s = %sext i%d %s to i64" % (t, how, w, v)); v = t
        s.emit("call void @p(i64 %s)" % v)

def intrinsics():
    decls = set(); out = []
    funcs = []
    for w in [8, 16, 32, 64, 5, 24, 48]:
        f = F(w); T = "i%d" % w
        def call(name, ret, args, rets=None):
            decls.add("declare %s @llvm.%s.%s(%s)" % (ret, name, T, ", ".join(a.split()[0] for a in args)))
            t = f.t(); f.emit("%s = call %s @llvm.%s.%s(%s)" % (t, ret, name, T, ", ".join(args))); return t
        a, b = "%a", "%b"
        for nm, how in [("smin", "s"), ("smax", "s"), ("umin", "z"), ("umax", "z")]:
            f.pr(call(nm, T, [T + " " + a, T + " " + b]), how)
        f.pr(call("abs", T, [T + " " + a, "i1 false"]), "s")
        f.pr(call("ctpop", T, [T + " " + a]), "z")
        f.pr(call("ctlz", T, [T + " " + a, "i1 false"]), "z")
        f.pr(call("cttz", T, [T + " " + b, "i1 false"]), "z")
        f.pr(call("bitreverse", T, [T + " " + a]), "z")
        if w % 16 == 0: f.pr(call("bswap", T, [T + " " + a]), "z")
        f.pr(call("fshl", T, [T + " " + a, T + " " + b, T + " " + b]), "z")
        f.pr(call("fshr", T, [T + " " + a, T + " " + b, T + " " + a]), "z")
        for nm in ([] if 32 < w < 64 else ["sadd", "uadd", "ssub", "usub", "smul", "umul"]):
            r = call(nm + ".with.overflow", "{ %s, i1 }" % T, [T + " " + a, T + " " + b])
            v = f.t(); f.emit("%s = extractvalue { %s, i1 } %s, 0" % (v, T, r))
            o = f.t(); f.emit("%s = extractvalue { %s, i1 } %s, 1" % (o, T, r))
            f.pr(v, "s" if nm[0] == "s" else "z")
            f.prw(o, 1, "z")
        for nm, how in ([] if 32 < w < 64 else [("sadd.sat", "s"), ("ssub.sat", "s"), ("uadd.sat", "z"), ("usub.sat", "z")]):
            f.pr(call(nm, T, [T + " " + a, T + " " + b]), how)
        f.emit("call void @nl()")
        out.append("define internal void @t%d(%s %%a, %s %%b) {\n%s\n  ret void\n}\n" % (w, T, T, "\n".join(f.lines)))
        funcs.append((w, "t%d" % w))
    fix = []
    for d in sorted(decls):
        fix.append(d.replace("{ i", "{ i"))
    return ("; The integer intrinsics of issue #3 (min/max/abs, bit counts, byte and bit reversal, funnel\n"
            "; shifts, overflow and saturating arithmetic) on i8..i64 and the odd widths i5, i24, i48 (no\n"
            "; overflow or saturating arithmetic: unsupported on i33..i63), with\n"
            "; inputs the optimiser cannot see (the global @in). Reference: clang for the host (ll.sh).\n"
            "; Written by gen.py.\n"
            + PRE + "\n" + globals_() + "\n" + "\n".join(fix) + "\n\n" + "\n".join(out) + "\n" + mainloop(funcs))

def widths():
    out = []; funcs = []
    for w in [1, 3, 7, 8, 12, 16, 17, 24, 31, 32, 33, 40, 48, 63, 64]:
        f = F(w); T = "i%d" % w
        a, b = "%a", "%b"
        for op in ["add", "sub", "mul", "and", "or", "xor"]:
            t = f.t(); f.emit("%s = %s %s %s, %s" % (t, op, T, a, b)); f.pr(t, "s")
        # shifts by b urem w
        s = f.t(); f.emit("%s = urem %s %s, %d" % (s, T, b, w) if w > 1 else "%s = and i1 %s, 0" % (s, b))
        for op in ["shl", "lshr", "ashr"]:
            t = f.t(); f.emit("%s = %s %s %s, %s" % (t, op, T, a, s)); f.pr(t, "z")
        # compares packed into bits
        acc = None
        for k, pred in enumerate(["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"]):
            c = f.t(); f.emit("%s = icmp %s %s %s, %s" % (c, pred, T, a, b))
            z = f.t(); f.emit("%s = zext i1 %s to i32" % (z, c))
            sh = f.t(); f.emit("%s = shl i32 %s, %d" % (sh, z, k))
            if acc is None: acc = sh
            else:
                n = f.t(); f.emit("%s = or i32 %s, %s" % (n, acc, sh)); acc = n
        f.prw(acc, 32, "z")
        # select, extensions
        c = f.t(); f.emit("%s = icmp slt %s %s, %s" % (c, T, a, b))
        m = f.t(); f.emit("%s = select i1 %s, %s %s, %s %s" % (m, c, T, a, T, b)); f.pr(m, "s")
        f.pr(a, "z"); f.pr(a, "s")
        # division guarded against 0 and MIN / -1
        f.emit("%%nz = icmp ne %s %s, 0" % (T, b))
        f.emit("br i1 %nz, label %div, label %end")
        f.lines.append("div:")
        for op, how in [("udiv", "z"), ("urem", "z")]:
            t = f.t(); f.emit("%s = %s %s %s, %s" % (t, op, T, a, b)); f.pr(t, how)
        if w > 1:
            f.emit("%%ismin = icmp eq %s %s, %d" % (T, a, -(1 << (w - 1))))
            f.emit("%%ism1 = icmp eq %s %s, -1" % (T, b))
            f.emit("%bad = and i1 %ismin, %ism1")
            f.emit("br i1 %bad, label %end, label %sdiv")
            f.lines.append("sdiv:")
            for op in ["sdiv", "srem"]:
                t = f.t(); f.emit("%s = %s %s %s, %s" % (t, op, T, a, b)); f.pr(t, "s")
        f.emit("br label %end")
        f.lines.append("end:")
        # through memory (widths up to 32 and 64: i33..i63 have no memory accesses)
        if w <= 32 or w == 64:
            f.emit("%slot = alloca " + T)
            f.emit("store %s %s, ptr %%slot" % (T, a))
            t = f.t(); f.emit("%s = load %s, ptr %%slot" % (t, T)); f.pr(t, "s")
        # conversions to and from other widths
        for w2 in [1, 5, 13, 32, 36, 64]:
            if w2 < w:
                t = f.t(); f.emit("%s = trunc %s %s to i%d" % (t, T, a, w2)); f.prw(t, w2, "s")
            elif w2 > w:
                t = f.t(); f.emit("%s = sext %s %s to i%d" % (t, T, b, w2)); f.prw(t, w2, "z")
        f.emit("call void @nl()")
        body = "\n".join(f.lines).replace("  %slot = alloca", "  %slot = alloca")
        out.append("define internal void @w%d(%s %%a, %s %%b) {\nentry:\n%s\n  ret void\n}\n" % (w, T, T, body))
        funcs.append((w, "w%d" % w))
    return ("; Integer arithmetic, shifts, compares, select, division, memory and conversions on every width\n"
            "; class: i1, odd widths in one register (i3..i31), i32, odd widths in a pair (i33..i63), i64.\n"
            "; Reference: clang for the host (ll.sh). Written by gen.py.\n"
            + PRE + "\n" + globals_() + "\n" + "\n".join(out) + "\n" + mainloop(funcs))

open(sys.argv[1] + "/intrinsics.ll", "w").write(intrinsics())
open(sys.argv[1] + "/widths.ll", "w").write(widths())
