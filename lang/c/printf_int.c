/* Integer-only printf, as newlib's iprintf but chosen by the compiler: a call of printf, fprintf,
 * sprintf, snprintf or a v-form whose format is a string literal with no floating-point
 * conversion calls the library's integer-only twin instead (__ck_iprintf, ...: "__ck_i" + the
 * name, declared in <stdio.h>), so that a program that never formats a double does not link the
 * floating-point formatter. Formats that the optimiser turns into puts, putchar, fputs, fwrite,
 * strcpy or memcpy (LLVM's library-call simplifier) keep the standard name when optimising. */
#include <stdio.h>
#include <string.h>

#include "cc.h"

static const struct { const char *name; int fmt; } printf_family[] = {
    {"printf", 0}, {"fprintf", 1}, {"sprintf", 1}, {"snprintf", 2},
    {"vprintf", 0}, {"vfprintf", 1}, {"vsprintf", 1}, {"vsnprintf", 2},
};

static node *literal(node *e)
{
    while (e && (e->kind == N_CONV || e->kind == N_DECAY)) e = e->a;
    return e && e->kind == N_STRLIT && e->swidth == 1 ? e : NULL;
}

/* Whether a format has a floating-point conversion (or an 'L' one: long double is out). */
static int has_float(const char *f)
{
    while ((f = strchr(f, '%')) != NULL) {
        f++;
        f += strspn(f, "-+ #0'");
        f += strspn(f, "0123456789*");
        if (*f == '.') f += 1 + strspn(f + 1, "0123456789*");
        f += strspn(f, "hljztqL");
        if (f[-1] == 'L' || (*f && strchr("fFeEgGaA", *f))) return 1;
        if (*f) f++;
    }
    return 0;
}

/* Formats that LLVM's simplifier (SimplifyLibCalls, which runs from -O1) replaces by a cheaper
 * call or by inline code (for printf and fprintf only when the result is unused); 'rest' is the
 * first argument after the format. */
static int simplified(cc *c, node *e, int which, const char *f, node *size, node *rest)
{
    int nopct = !strchr(f, '%');
    int lit_s = !strcmp(f, "%s") && rest && literal(rest);
    switch (which) {
    case 0: {                     /* printf: putchar, puts */
        size_t n = strlen(f);
        return e->discarded && (n <= 1 || !strcmp(f, "%%") || !strcmp(f, "%c") || !strcmp(f, "%s\n") ||
                                (nopct && f[n - 1] == '\n'));
    }
    case 1:                       /* fprintf: fwrite, fputs, fputc */
        return e->discarded && (nopct || !strcmp(f, "%c") || !strcmp(f, "%s"));
    case 2:                       /* sprintf: memcpy, strcpy, a store */
        return nopct || !strcmp(f, "%c") || !strcmp(f, "%s");
    case 3: {                     /* snprintf with a constant size: memcpy, a store */
        long long n;
        return ckc_const_int(c, size, &n) && (nopct || !strcmp(f, "%c") || lit_s);
    }
    }
    return 0;
}

/* Called for every checked direct call of fn; args[0..n) are the converted arguments. */
void ckc_sema_printf_int(cc *c, node *e, sym *fn, node **args, int n)
{
    if (fn->kind != S_FUNC || fn->storage == SC_STATIC || fn->defined) return;
    int which = -1;
    for (int i = 0; i < (int)(sizeof printf_family / sizeof printf_family[0]); i++)
        if (!strcmp(fn->name, printf_family[i].name)) which = i;
    if (which < 0) return;
    int fi = printf_family[which].fmt;
    node *lit = fi < n ? literal(args[fi]) : NULL;
    if (!lit || has_float(lit->str)) return;
    if (which < 4 && c->opts->opt != '0' &&
        simplified(c, e, which, lit->str, which == 3 ? args[1] : NULL, fi + 1 < n ? args[fi + 1] : NULL))
        return;
    char twin[24];
    snprintf(twin, sizeof twin, "__ck_i%s", fn->name);
    sym *t = ckc_sema_lookup(c, ck_intern(c->arena, twin, strlen(twin)));
    if (!t || t->kind != S_FUNC || !ckc_type_compatible(t->ty, fn->ty)) return;
    e->sym = t;
}
