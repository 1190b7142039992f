#!/usr/bin/env python3
"""Derives the polynomial coefficients and tables of the guest math library (stdlib/lib/m_*.c).

Each polynomial is a weighted minimax fit (Remez exchange) made with mpmath at 60 digits, then
rounded to double; the error printed is that of the rounded coefficients, as a power of two of
the error relative to the function's value. Tables are correctly rounded values.

    python3 stdlib/lib/m_remez.py            # prints every fit and table as C
"""
import mpmath as mp

mp.mp.dps = 80


def remez(g, w, a, b, n, iters=40, grid=3000):
    """Coefficients c[0..n] minimising max |w(z) * (sum c_j z^j - g(z))| on [a, b]."""
    xs = [a + (b - a) * (1 - mp.cos(mp.pi * (i + 0.5) / grid)) / 2 for i in range(grid)]
    ref = [xs[(grid - 1) * i // (n + 1)] for i in range(n + 2)]
    gx = [g(x) for x in xs]
    wx = [w(x) for x in xs]
    c = None
    for _ in range(iters):
        A = mp.matrix(n + 2, n + 2)
        rhs = mp.matrix(n + 2, 1)
        for i, z in enumerate(ref):
            for j in range(n + 1):
                A[i, j] = z ** j
            A[i, n + 1] = (-1) ** i / w(z)
            rhs[i] = g(z)
        sol = mp.lu_solve(A, rhs)
        c = [sol[j] for j in range(n + 1)]
        err = [wx[i] * (mp.polyval(c[::-1], x) - gx[i]) for i, x in enumerate(xs)]
        # one extremum per run of equal sign
        runs, cur = [], [0]
        for i in range(1, len(xs)):
            if (err[i] >= 0) == (err[cur[0]] >= 0):
                cur.append(i)
            else:
                runs.append(cur)
                cur = [i]
        runs.append(cur)
        ext = [max(r, key=lambda i: abs(err[i])) for r in runs]
        while len(ext) > n + 2:  # drop the smallest end
            if abs(err[ext[0]]) < abs(err[ext[-1]]):
                ext.pop(0)
            else:
                ext.pop()
        if len(ext) < n + 2:
            break
        ref = [xs[i] for i in ext]
        mx = max(abs(err[i]) for i in ext)
        mn = min(abs(err[i]) for i in ext)
        if mx - mn < mx * mp.mpf('1e-6'):
            break
    return c


def dbl(v):
    return float(v)


def max_err(g, w, a, b, c, grid=4000):
    cd = [mp.mpf(dbl(x)) for x in c]
    m = 0
    for i in range(grid + 1):
        x = a + (b - a) * mp.mpf(i) / grid
        if x == 0:
            continue
        m = max(m, abs(w(x) * (mp.polyval(cd[::-1], x) - g(x))))
    return m


def fit_rounded(g, w, a, b, n):
    """remez(), then each coefficient in turn rounded to double and the higher ones refitted
    to make up for it (rounding them all at once costs up to 10 bits)."""
    c = []
    for j in range(n + 1):
        def gj(z, j=j, fixed=list(c)):
            return (g(z) - sum(v * z ** i for i, v in enumerate(fixed))) / z ** j
        def wj(z, j=j):
            return abs(w(z) * z ** j)
        c.append(mp.mpf(dbl(remez(gj, wj, a, b, n - j)[0])))
    return c


def show(name, g, w, a, b, n):
    c = fit_rounded(g, w, a, b, n)
    e = max_err(g, w, a, b, c)
    print("/* %s: degree %d, relative error 2^%.1f */" % (name, n, float(mp.log(e, 2))))
    for j, v in enumerate(c):
        print("    %s,  /* c%d */" % (float(v).hex(), j))


def main():
    eps = mp.mpf('1e-12')
    # sin r = r + r^3 S(r^2) on |r| <= pi/4
    R = mp.mpf('0.7854')
    show("sin", lambda z: (mp.sin(mp.sqrt(z)) - mp.sqrt(z)) / mp.sqrt(z) ** 3,
         lambda z: z / (mp.sin(mp.sqrt(z)) / mp.sqrt(z)), eps, R * R, 6)
    # cos r = 1 - r^2/2 + r^4 C(r^2)
    show("cos", lambda z: (mp.cos(mp.sqrt(z)) - 1 + z / 2) / z ** 2,
         lambda z: z * z / mp.cos(mp.sqrt(z)), eps, R * R, 6)
    # atan t = t + t^3 A(t^2) on |t| <= 1/16
    T = mp.mpf('0.0626')
    show("atan", lambda z: (mp.atan(mp.sqrt(z)) - mp.sqrt(z)) / mp.sqrt(z) ** 3,
         lambda z: z / (mp.atan(mp.sqrt(z)) / mp.sqrt(z)), eps, T * T, 4)
    # exp r = 1 + r + r^2 E(r) on |r| <= ln2/64, relative to expm1 r (expm1 uses it near 0)
    X = mp.mpf('0.01085')
    show("exp", lambda r: (mp.expm1(r) - r) / r ** 2 if r != 0 else mp.mpf(1) / 2,
         lambda r: r * r / abs(mp.expm1(r)) if r != 0 else 0, -X, X, 5)
    # log m = 2s + 2s^3/3 + s^5 L(s^2), s = (m-1)/(m+1), m in [sqrt(1/2), sqrt(2))
    S = (mp.sqrt(2) - 1) / (mp.sqrt(2) + 1) + mp.mpf('1e-6')
    # the cube root's first guess, a quadratic in m in [1, 8] (Chebyshev fit; Halley's method
    # makes 2^-4.7 into 2^-13 and then 2^-40)
    p, _ = mp.chebyfit(lambda m: mp.cbrt(m), [1, 8], 3, error=True)
    e = max(abs(mp.polyval(p, 1 + 7 * mp.mpf(i) / 1000) / mp.cbrt(1 + 7 * mp.mpf(i) / 1000) - 1) for i in range(1001))
    print("/* cbrt start: relative error 2^%.1f */" % float(mp.log(e, 2)))
    for j, v in enumerate(p[::-1]):
        print("    %s,  /* c%d */" % (float(v).hex(), j))
    show("log", lambda z: (2 * mp.atanh(mp.sqrt(z)) - 2 * mp.sqrt(z) - 2 * mp.sqrt(z) ** 3 / 3) / mp.sqrt(z) ** 5,
         lambda z: z * z / (2 * mp.atanh(mp.sqrt(z)) / mp.sqrt(z)), mp.mpf('1e-8'), S * S, 7)




def bits_round(v, n):
    """v rounded to n significant bits."""
    e = int(mp.floor(mp.log(abs(v), 2))) + 1
    return mp.nint(v * mp.mpf(2) ** (n - e)) / mp.mpf(2) ** (n - e)


def dd(name, v, nbits=53):
    hi = bits_round(v, nbits)
    lo = v - hi
    print("#define %s_HI %s" % (name, float(hi).hex()))
    print("#define %s_LO %s" % (name, float(lo).hex()))


def tables():
    print("/* 2^(j/32), hi and lo */")
    for j in range(32):
        v = mp.mpf(2) ** (mp.mpf(j) / 32)
        hi = mp.mpf(float(v))
        print("    %s, %s," % (float(hi).hex(), float(v - hi).hex()))
    print("/* atan(i/8), hi and lo */")
    for i in range(9):
        v = mp.atan(mp.mpf(i) / 8)
        hi = mp.mpf(float(v))
        print("    %s, %s," % (float(hi).hex(), float(v - hi).hex()))
    print("/* 2/pi in 32-bit words, most significant first */")
    with mp.workdps(450):
        w = mp.mpf(2) / mp.pi
        words = []
        for _ in range(40):
            w *= 2 ** 32
            d = int(mp.floor(w))
            words.append(d)
            w -= d
    for i in range(0, 40, 6):
        print("    " + " ".join("0x%08x," % d for d in words[i:i + 6]))
    p = mp.pi / 2
    p1 = bits_round(p, 33)
    p2 = bits_round(p - p1, 33)
    p3 = p - p1 - p2
    print("#define PIO2_1 %s\n#define PIO2_2 %s\n#define PIO2_3 %s" % (float(p1).hex(), float(p2).hex(), float(p3).hex()))
    dd("PIO2", mp.pi / 2)
    dd("PI", mp.pi)
    print("#define INV_PIO2 %s" % float(2 / mp.pi).hex())
    dd("LN2_32", mp.log(2) / 32, 36)
    print("#define INV_LN2_32 %s" % float(32 / mp.log(2)).hex())
    dd("LN2_42", mp.log(2), 42)
    dd("LN2", mp.log(2))
    dd("INV_LN2", 1 / mp.log(2))
    dd("INV_LN10", 1 / mp.log(10))
    dd("LOG10_2_42", mp.log10(2), 42)
    dd("LN10", mp.log(10))
    dd("TWO3", mp.mpf(2) / 3)
    print("#define SQRT2 %s" % float(mp.sqrt(2)).hex())
    print("/* ln(DBL_MAX) %s, ln(2^-1075) %s */" % (mp.nstr(mp.log(mp.mpf(2) ** 1024 * (1 - mp.mpf(2) ** -54)), 25),
                                                   mp.nstr(mp.log(mp.mpf(2) ** -1075), 25)))


if __name__ == "__main__":
    main()
    tables()
