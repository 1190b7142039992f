/* The loader: parses an image and verifies every rule of docs/bytecode.md "Verification" before a
 * single instruction runs, then lays out the arena (function table, native table, guest memory,
 * call frames, register stack). After a successful load the interpreter may trust: every pc stays
 * on an instruction boundary of its function, every register operand is inside the window, every
 * call/calln window fits, every function and import index exists. What is left for run time is
 * listed in the spec (memory bounds, division by zero, stacks, calli targets, budget).
 *
 * All arithmetic on image fields is overflow-safe: offsets are compared against remaining sizes,
 * never added first; the memory layout is summed in 64 bits.
 */
#include <string.h>

#include "ckvm.h"
#include "verrors.h"
#include "cockpit/format.h"
#include "cockpit/isa.h"

#ifdef CK_VM_TINY
/* The tiny VM (-DCK_VM_TINY, vm/core/tiny.c) runs only the opcodes of CK_OP_TINY: the verifier
 * refuses the others (CK_VERR_TINY_OPCODE), and needs the operand strings of the tiny ones only.
 * Both functions below are switches over the one table that the compiler turns into lookup
 * tables covering the tiny opcodes (a byte each) and the forms they use (a pointer each). */
static uint32_t tiny_form(uint32_t op)
{
    if (!CK_OP_TINY(op)) return CK_FORM_COUNT;
    switch (op) {
#define X(e, m, f) case CK_OP_##e: return CK_FORM_##f;
    CK_OPS(X)
#undef X
    }
    return CK_FORM_COUNT;
}

/* The operand string (NUL-terminated) of a tiny opcode. */
#define TINY_FORMS (CK_FORM_nc + 1u)    /* the tiny opcodes' forms are the first ones of CK_FORMS */
#define X(e, m, f) + (CK_OP_TINY(CK_OP_##e) && CK_FORM_##f >= TINY_FORMS)
typedef char ck_tiny_forms_first[0 CK_OPS(X) == 0 ? 1 : -1];
#undef X
static const char *operands(uint32_t op)
{
    uint32_t f = tiny_form(op);
    if (f >= TINY_FORMS) return "";
    switch (f) {
#define Y(f) case CK_FORM_##f: return #f;
    CK_FORMS(Y)
#undef Y
    }
    return "";
}

/* CK_OPERAND_SIZE for the letters of the tiny forms (T: its count and offsets are counted apart) */
#define TINY_SIZE(c) ((c) == 'w' ? 4u : (c) == 'd' ? 8u : (c) == 'h' || (c) == 'j' || (c) == 'f' || (c) == 'n' ? 2u : 1u)
#define Z(c) TINY_SIZE(c) == CK_OPERAND_SIZE(c) &&
typedef char ck_tiny_sizes[Z('r') Z('R') Z('c') Z('h') Z('j') Z('f') Z('n') Z('w') Z('d') 1 ? 1 : -1];
#undef Z
static uint32_t opnd_size(char c) { return TINY_SIZE(c); }
#else
/* Operand string of every opcode (from the one table): a byte per opcode naming its form, and
 * each distinct form once (one of NOPS letters has no NUL). */
#define NOPS 5
static const uint8_t op_form[CK_OP_COUNT] = {
#define X(e, m, f) CK_FORM_##f,
    CK_OPS(X)
#undef X
};
static const char forms[CK_FORM_COUNT][NOPS] = {
#define Y(f) #f,
    CK_FORMS(Y)
#undef Y
};
#define operands(op) forms[op_form[op]]
#endif

#define NKINDS 11u     /* section kinds, 0 included */

typedef struct loader {
    const uint8_t *img;
    uint32_t len;
    const uint8_t *sec[NKINDS];     /* NULL when absent */
    uint32_t size[NKINDS], index[NKINDS];
    uint32_t nfuncs, nimports;
    char *err;
    uint32_t errlen;
} loader;

static uint32_t get16(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static uint32_t get32(const uint8_t *p) { return get16(p) | get16(p + 2) << 16; }
static uint64_t align8(uint64_t v) { return (v + 7u) & ~(uint64_t)7u; }

/* CRC-32 (IEEE 802.3, reflected), a nibble at a time: a 64-byte table instead of 1 KiB. */
uint32_t ck_vm_crc32(uint32_t crc, const uint8_t *p, uint32_t n)
{
    static const uint32_t t[16] = {
        0x00000000u, 0x1db71064u, 0x3b6e20c8u, 0x26d930acu, 0x76dc4190u, 0x6b6b51f4u, 0x4db26158u, 0x5005713cu,
        0xedb88320u, 0xf00f9344u, 0xd6d6a3e8u, 0xcb61b38cu, 0x9b64c2b0u, 0x86d3d2d4u, 0xa00ae278u, 0xbdbdf21cu
    };
    uint32_t c = ~crc;
    while (n--) {
        c ^= *p++;
        c = (c >> 4) ^ t[c & 15u];
        c = (c >> 4) ^ t[c & 15u];
    }
    return ~c;
}

/* --- messages -------------------------------------------------------------------------------------
 * fail(L, CK_VERR_x, args...) records message x of verrors.h with its arguments (the array converts
 * each to uint32_t and counts them) and returns -1. A full build formats the text; a device build
 * (-DCK_VM_TERSE_ERRORS) writes only "#x a1 a2 ..." in hex, which the host formats
 * (ck_vm_error_text): the texts and the formatter stay out of the firmware. */
#define fail(L, ...) fail_(L, (const uint32_t[]){__VA_ARGS__}, \
                          (uint32_t)(sizeof (const uint32_t[]){__VA_ARGS__} / sizeof(uint32_t)) - 1u)

typedef struct out { char *p; uint32_t room; } out;

static void put(out *o, char c)
{
    if (o->room > 1) { *o->p++ = c; o->room--; }
}

#ifdef CK_VM_TERSE_ERRORS
static void puthex(out *o, uint32_t v)
{
    int s = 28;
    while (s && !(v >> s)) s -= 4;
    for (; s >= 0; s -= 4) put(o, "0123456789abcdef"[v >> s & 15u]);
}

/* a: the message code, then its n arguments */
static int fail_(loader *L, const uint32_t *a, uint32_t n)
{
    out o = { L->err, L->errlen };
    for (uint32_t i = 0; i <= n; i++) {
        put(&o, i ? ' ' : '#');
        puthex(&o, a[i]);
    }
    if (o.room) *o.p = 0;
    return -1;
}
#else
static const char *const formats[CK_VERR_COUNT] = {
#define X(name, format) format,
    CK_VERRORS(X)
#undef X
};

static const char *const kind_names[NKINDS] = {
    "?", "FUNCS", "CODE", "IMPORTS", "RODATA", "DATA", "STRTAB", "NAMES", "SYMS", "RELOCS", "LINES"
};

/* Where %F and %I find names: sections of an image that is not trusted (every read is checked). */
typedef struct names {
    const uint8_t *names, *imports, *strtab;
    uint32_t nnames, nimports, strtab_size;
} names;

static void puts_(out *o, const char *s)
{
    while (*s) put(o, *s++);
}

static void putnum(out *o, uint64_t v, unsigned base)
{
    char buf[20];
    int n = 0;
    do {
        buf[n++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v);
    while (n) put(o, buf[--n]);
}

/* The string at STRTAB offset off, or NULL unless it is NUL-terminated inside STRTAB. */
static const char *string_at(const names *nm, uint32_t off)
{
    if (!nm->strtab || off >= nm->strtab_size) return 0;
    for (uint32_t i = off; i < nm->strtab_size; i++)
        if (!nm->strtab[i]) return (const char *)nm->strtab + off;
    return 0;
}

/* The number of arguments a format takes. */
static uint32_t nargs_of(const char *f)
{
    uint32_t n = 0;
    for (; *f; f++)
        if (*f == '%' && f[1]) n += *++f == 'U' ? 2u : 1u;
    return n;
}

/* Message code (< CK_VERR_COUNT) with its n arguments a; a missing argument shows as '?'. */
static void format(out *o, uint32_t code, const uint32_t *a, uint32_t n, const names *nm)
{
    for (const char *f = formats[code]; *f; f++) {
        if (*f != '%' || !f[1]) { put(o, *f); continue; }
        char c = *++f;
        if (n < (c == 'U' ? 2u : 1u)) { put(o, '?'); continue; }
        uint32_t v = *a++;
        const char *s;
        n--;
        switch (c) {
        case 'u': putnum(o, v, 10); break;
        case 'x': putnum(o, v, 16); break;
        case 'd':
            if (v >> 31) put(o, '-');
            putnum(o, v >> 31 ? 0u - v : v, 10);
            break;
        case 'U': putnum(o, (uint64_t)v << 32 | *a++, 10); n--; break;
        case 'K': puts_(o, v < NKINDS ? kind_names[v] : "?"); break;
        case 'F':
            s = nm->names && v < nm->nnames ? string_at(nm, get32(nm->names + 4u * v)) : 0;
            puts_(o, "function ");
            putnum(o, v, 10);
            if (s && *s) { puts_(o, " ("); puts_(o, s); put(o, ')'); }
            break;
        case 'I':
            s = nm->imports && v < nm->nimports ? string_at(nm, get32(nm->imports + v * CK_IMPORT_SIZE)) : 0;
            puts_(o, "import ");
            if (s) { put(o, '\''); puts_(o, s); put(o, '\''); }
            else putnum(o, v, 10);
            break;
        default: put(o, '%'); put(o, c); break;
        }
    }
}

static int fail_(loader *L, const uint32_t *a, uint32_t n)
{
    out o = { L->err, L->errlen };
    names nm = { L->sec[CK_SECT_NAMES], L->sec[CK_SECT_IMPORTS], L->sec[CK_SECT_STRTAB],
                 L->size[CK_SECT_NAMES] / 4u, L->size[CK_SECT_IMPORTS] / CK_IMPORT_SIZE, L->size[CK_SECT_STRTAB] };
    format(&o, a[0], a + 1, n, &nm);
    if (o.room) *o.p = 0;
    return -1;
}

/* One hex number of 1 to 8 digits at *s (advanced past it); 0 if there is none. */
static int gethex(const char **s, uint32_t *v)
{
    uint32_t n = 0;
    *v = 0;
    for (;; n++) {
        char c = (*s)[n];
        uint32_t d = c >= '0' && c <= '9' ? (uint32_t)(c - '0') : c >= 'a' && c <= 'f' ? (uint32_t)(c - 'a' + 10) : 16u;
        if (d == 16u) break;
        if (n == 8) return 0;
        *v = *v << 4 | d;
    }
    *s += n;
    return n > 0;
}

int ck_vm_error_text(const char *msg, const uint8_t *image, uint32_t len, char *buf, uint32_t buflen)
{
    uint32_t a[1 + CK_VERR_MAX_ARGS], n = 0;
    if (!msg || *msg++ != '#') return 0;
    for (;;) {
        if (n == 1 + CK_VERR_MAX_ARGS || !gethex(&msg, &a[n++])) return 0;
        if (!*msg) break;
        if (*msg++ != ' ') return 0;
    }
    if (a[0] >= CK_VERR_COUNT || n - 1 != nargs_of(formats[a[0]])) return 0;

    /* the first NAMES, IMPORTS and STRTAB sections that lie inside the image (as the loader,
     * which refuses a second one, saw them) */
    names nm = { 0, 0, 0, 0, 0, 0 };
    uint32_t nsect = image && len >= CK_HDR_SIZE ? get16(image + 28) : 0;
    for (uint32_t i = 0; i < nsect && i < (len - CK_HDR_SIZE) / CK_SECT_ENTRY_SIZE; i++) {
        const uint8_t *e = image + CK_HDR_SIZE + i * CK_SECT_ENTRY_SIZE;
        uint32_t kind = get32(e), off = get32(e + 4), size = get32(e + 8);
        if (off > len || size > len - off) continue;
        if (kind == CK_SECT_NAMES && !nm.names) nm.names = image + off, nm.nnames = size / 4u;
        if (kind == CK_SECT_IMPORTS && !nm.imports) nm.imports = image + off, nm.nimports = size / CK_IMPORT_SIZE;
        if (kind == CK_SECT_STRTAB && !nm.strtab) nm.strtab = image + off, nm.strtab_size = size;
    }
    if (buf && buflen) {
        out o = { buf, buflen };
        format(&o, a[0], a + 1, n - 1, &nm);
        *o.p = 0;
    }
    return 1;
}
#endif

/* --- header and section directory ------------------------------------------------------------------ */
static int read_header(loader *L, uint32_t *nsect)
{
    const uint8_t *h = L->img;
    if (L->len < CK_HDR_SIZE)
        return fail(L, CK_VERR_TRUNCATED, L->len, CK_HDR_SIZE);
    if (get32(h) == CK_OBJECT_MAGIC)
        return fail(L, CK_VERR_OBJECT);
    if (get32(h) != CK_IMAGE_MAGIC)
        return fail(L, CK_VERR_MAGIC);
    if (get16(h + 4) != CK_IMAGE_VERSION)
        return fail(L, CK_VERR_VERSION, get16(h + 4), CK_IMAGE_VERSION);
    if (get32(h + 8) != L->len)
        return fail(L, CK_VERR_SIZE, get32(h + 8), L->len);
    if (ck_vm_crc32(0, h + 16, L->len - 16u) != get32(h + 12))
        return fail(L, CK_VERR_CRC);
    if (get16(h + 6) != 0 || get16(h + 30) != 0)
        return fail(L, CK_VERR_FLAGS, get16(h + 6), get16(h + 30));
    *nsect = get16(h + 28);
    if (*nsect > CK_MAX_SECTIONS)
        return fail(L, CK_VERR_NSECT, *nsect, CK_MAX_SECTIONS);
    return 0;
}

static int read_directory(loader *L, uint32_t nsect)
{
    uint32_t dir_end = CK_HDR_SIZE + nsect * CK_SECT_ENTRY_SIZE;     /* nsect <= 32: no overflow */
    uint32_t seen = 0;
    if (dir_end > L->len)
        return fail(L, CK_VERR_DIR_TRUNC, nsect, dir_end, L->len);
    for (uint32_t i = 0; i < nsect; i++) {
        const uint8_t *e = L->img + CK_HDR_SIZE + i * CK_SECT_ENTRY_SIZE;
        uint32_t kind = get32(e), off = get32(e + 4), size = get32(e + 8);
        if (kind == 0 || kind >= NKINDS)
            return fail(L, CK_VERR_SECT_KIND, i, kind);
        if (kind == CK_SECT_SYMS || kind == CK_SECT_RELOCS)
            return fail(L, CK_VERR_SECT_OBJECT, i, kind);
        if (seen & 1u << kind)
            return fail(L, CK_VERR_SECT_TWICE, i, kind, L->index[kind]);
        if (off > L->len || size > L->len - off)
            return fail(L, CK_VERR_SECT_OUTSIDE, i, kind, off, size, L->len);
        if (size && off < dir_end)
            return fail(L, CK_VERR_SECT_HEADER, i, kind);
        for (uint32_t k = 1; k < NKINDS; k++) {
            if (!(seen & 1u << k) || !size || !L->size[k]) continue;
            uint32_t o2 = (uint32_t)(L->sec[k] - L->img);    /* both ranges lie inside the image */
            if (off < o2 + L->size[k] && o2 < off + size)
                return fail(L, CK_VERR_SECT_OVERLAP, i, kind, L->index[k], k);
        }
        seen |= 1u << kind;
        L->sec[kind] = L->img + off;
        L->size[kind] = size;
        L->index[kind] = i;
    }
    static const uint8_t recsize[NKINDS] = { 0, CK_FUNC_SIZE, 0, CK_IMPORT_SIZE, 0, 0, 0, 4, 0, 0, 0 };
    for (uint32_t k = 1; k < NKINDS; k++)
        if (recsize[k] && L->size[k] % recsize[k])
            return fail(L, CK_VERR_SECT_RECORDS, k, L->size[k], recsize[k]);
    if (!L->sec[CK_SECT_FUNCS]) return fail(L, CK_VERR_NO_FUNCS);
    if (!L->sec[CK_SECT_CODE]) return fail(L, CK_VERR_NO_CODE);
    L->nfuncs = L->size[CK_SECT_FUNCS] / CK_FUNC_SIZE;
    L->nimports = L->size[CK_SECT_IMPORTS] / CK_IMPORT_SIZE;
    if (L->nfuncs > CK_MAX_FUNCS)
        return fail(L, CK_VERR_NFUNCS, L->nfuncs, CK_MAX_FUNCS);
    if (L->nimports > CK_MAX_IMPORTS)
        return fail(L, CK_VERR_NIMPORTS, L->nimports, CK_MAX_IMPORTS);
    return 0;
}

/* --- strings, functions, entry, imports ------------------------------------------------------------ */
/* A name offset must start a string inside STRTAB (whose last byte is NUL, so it ends inside). */
static int check_name(loader *L, uint32_t off, int imp, uint32_t idx)
{
    uint32_t n = L->size[CK_SECT_STRTAB], len = 0;
    if (off >= n)
        return fail(L, imp ? CK_VERR_IMPORT_NAME_OFF : CK_VERR_FUNC_NAME_OFF, idx, off, n);
    while (L->sec[CK_SECT_STRTAB][off + len]) len++;
    if (len > CK_MAX_NAME)
        return fail(L, imp ? CK_VERR_IMPORT_NAME_LONG : CK_VERR_FUNC_NAME_LONG, idx, len, CK_MAX_NAME);
    return 0;
}

static int check_strings(loader *L)
{
    const uint8_t *s = L->sec[CK_SECT_STRTAB], *names = L->sec[CK_SECT_NAMES];
    if (s && L->size[CK_SECT_STRTAB] && s[L->size[CK_SECT_STRTAB] - 1u])
        return fail(L, CK_VERR_STRTAB_END);
    if (names && L->size[CK_SECT_NAMES] / 4u != L->nfuncs)
        return fail(L, CK_VERR_NAMES_COUNT, L->size[CK_SECT_NAMES] / 4u, L->nfuncs);
    for (uint32_t i = 0; names && i < L->nfuncs; i++)
        if (check_name(L, get32(names + 4u * i), 0, i)) return -1;
    return 0;
}

static int check_funcs(loader *L)
{
    uint32_t code_size = L->size[CK_SECT_CODE];
    for (uint32_t i = 0; i < L->nfuncs; i++) {
        const uint8_t *f = L->sec[CK_SECT_FUNCS] + i * CK_FUNC_SIZE;
        uint32_t off = get32(f), size = get32(f + 4), frame = get32(f + 8);
        uint32_t nargs = f[12], nrets = f[13], nregs = f[14];
        if (size == 0)
            return fail(L, CK_VERR_CODE_EMPTY, i);
        if (off > code_size || size > code_size - off)
            return fail(L, CK_VERR_CODE_OUTSIDE, i, off, size, code_size);
        if (size > CK_MAX_FUNC_CODE)
            return fail(L, CK_VERR_CODE_BIG, i, size, CK_MAX_FUNC_CODE);
        if (nargs > nregs)
            return fail(L, CK_VERR_NARGS, i, nargs, nregs);
        if (nrets > nregs)
            return fail(L, CK_VERR_NRETS, i, nrets, nregs);
        if (frame > CK_MAX_FRAME)
            return fail(L, CK_VERR_FRAME, i, frame, CK_MAX_FRAME);
    }
    uint32_t entry = get32(L->img + 16);
    if (entry >= L->nfuncs)
        return fail(L, CK_VERR_ENTRY, entry, L->nfuncs);
    if (L->sec[CK_SECT_FUNCS][entry * CK_FUNC_SIZE + 12])
        return fail(L, CK_VERR_ENTRY_ARGS, entry, L->sec[CK_SECT_FUNCS][entry * CK_FUNC_SIZE + 12]);
    return 0;
}

static int same(const char *a, const char *b)
{
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}

static int resolve_imports(loader *L, const ck_native *nat, uint32_t nnat, ck_native_fn *table)
{
    for (uint32_t i = 0; i < L->nimports; i++) {
        const uint8_t *im = L->sec[CK_SECT_IMPORTS] + i * CK_IMPORT_SIZE;
        uint32_t ver = get16(im + 4), nargs = im[6], nrets = im[7];
        if (check_name(L, get32(im), 1, i)) return -1;
        const char *name = (const char *)L->sec[CK_SECT_STRTAB] + get32(im);
        const ck_native *n = 0;
        for (uint32_t k = 0; k < nnat && !n; k++)
            if (nat[k].fn && nat[k].name && same(nat[k].name, name)) n = &nat[k];
        if (!n)
            return fail(L, CK_VERR_IMPORT_MISSING, i, ver);
        if (n->version < ver)
            return fail(L, CK_VERR_IMPORT_OLD, i, ver, n->version);
        if (n->nargs != nargs || n->nrets != nrets)
            return fail(L, CK_VERR_IMPORT_SIG, i, ver, nargs, nrets, n->nargs, n->nrets);
        table[i] = n->fn;
    }
    return 0;
}

/* --- code ------------------------------------------------------------------------------------------ */
#ifdef CK_VM_TINY
#define MORE(s, form) (*(s))                        /* NUL-terminated operand strings */
#else
#define MORE(s, form) ((s) < (form) + NOPS && *(s))
#define opnd_size(c) CK_OPERAND_SIZE(c)
#endif

/* A branch's target (the 16-bit offset at at, or the 8-bit one of a narrow branch): the start of an
 * instruction (marked in bits) of the same function. */
static int check_target(loader *L, uint32_t fi, const uint8_t *bits, uint32_t n, uint32_t pc, const uint8_t *at,
                        int narrow)
{
    int32_t t = (int32_t)pc + (narrow ? (int32_t)(int8_t)*at : (int32_t)(int16_t)get16(at));
    if (t < 0 || (uint32_t)t >= n)
        return fail(L, CK_VERR_BRANCH_OUTSIDE, fi, pc, t, n);
    if (!(bits[(uint32_t)t >> 3] & 1u << ((uint32_t)t & 7u)))
        return fail(L, CK_VERR_BRANCH_MID, fi, pc, t);
    return 0;
}

/* Decodes one function: whole instructions, known opcodes (a -DCK_VM_TINY build: the tiny set's),
 * registers, indices, windows, no fall through; then checks every branch target against the
 * instruction starts marked in bits. One loop run twice: the first pass marks the instruction
 * starts, the second checks the branch targets (and repeats the other checks, which the first
 * pass has passed), so every error but a bad target is found before any target is looked at. */
static int verify_code(loader *L, uint32_t fi, uint8_t *bits)
{
    const uint8_t *f = L->sec[CK_SECT_FUNCS] + fi * CK_FUNC_SIZE;
    const uint8_t *c = L->sec[CK_SECT_CODE] + get32(f);
    uint32_t n = get32(f + 4), nregs = f[14], pc, len, op = 0, pass;

    memset(bits, 0, (n + 7u) / 8u);
    for (pass = 0; pass < 2u; pass++) {
        for (pc = 0; pc < n; pc += len) {
            const uint8_t *p = c + pc + 1;
            const char *s, *form;
            uint32_t callee_span = 0, v;
            op = c[pc];
#ifdef CK_VM_TINY
            if (!CK_OP_TINY(op))
                return fail(L, op < CK_OP_COUNT ? CK_VERR_TINY_OPCODE : CK_VERR_OPCODE, fi, op, pc);
#else
            if (op >= CK_OP_COUNT)
                return fail(L, CK_VERR_OPCODE, fi, op, pc);
#endif
            form = operands(op);
            len = 1;
            if (op == CK_OP_JTAB) {
                len = n - pc + 1u;              /* runs past the end, unless the count says otherwise */
                if (n - pc >= 4u) {
                    v = get16(c + pc + 2);
                    if (v > CK_MAX_JTAB)
                        return fail(L, CK_VERR_JTAB_BIG, fi, pc, v, CK_MAX_JTAB);
                    len = 4u + 2u * (v + 1u);
                }
            } else {
                for (s = form; MORE(s, form); s++) len += opnd_size(*s);
            }
            if (len > n - pc)
                return fail(L, CK_VERR_INSN_END, fi, pc, op);
            bits[pc >> 3] |= (uint8_t)(1u << (pc & 7u));
            for (s = form; MORE(s, form); p += opnd_size(*s), s++) {
                v = *s == 'f' || *s == 'n' ? get16(p) : *p;     /* N: one byte */
                switch (*s) {
#ifndef CK_VM_TINY
                case 'p':           /* two registers, one per nibble */
                    if (v >> 4 >= nregs)
                        return fail(L, CK_VERR_REG, fi, v >> 4, nregs, pc);
                    /* fall through */
                case 'q':           /* a register in the low nibble, an immediate in the high one */
                    v &= 15u;
#endif
                    /* fall through */
                case 'r':
                    if (v >= nregs)
                        return fail(L, CK_VERR_REG, fi, v, nregs, pc);
                    break;
#ifndef CK_VM_TINY
                case 'Q':           /* a pair in the low nibble, an immediate in the high one */
                    v &= 15u;
#endif
                    /* fall through */
                case 'R':
                    if (v + 1u >= nregs)
                        return fail(L, CK_VERR_REG_PAIR, fi, v, v + 1u, nregs, pc);
                    break;
                case 'c':
                    /* a window may start right after the caller's (r<nregs>) when the callee needs no
                     * argument or result there (calli checks its callee's span at run time) */
                    if (v > nregs)
                        return fail(L, CK_VERR_REG, fi, v, nregs, pc);
                    if (v + callee_span > nregs)
                        return fail(L, CK_VERR_WINDOW, fi, v, pc, callee_span, nregs);
                    break;
                case 'f': {
                    if (v >= L->nfuncs)
                        return fail(L, CK_VERR_CALL_FUNC, fi, pc, v, L->nfuncs);
                    const uint8_t *g = L->sec[CK_SECT_FUNCS] + v * CK_FUNC_SIZE;
                    callee_span = g[12] > g[13] ? g[12] : g[13];
                    break;
                }
#ifndef CK_VM_TINY
                case 'N':
#endif
                case 'n': {
                    if (v >= L->nimports)
                        return fail(L, CK_VERR_CALL_IMPORT, fi, pc, v, L->nimports);
                    const uint8_t *g = L->sec[CK_SECT_IMPORTS] + v * CK_IMPORT_SIZE;
                    callee_span = g[6] > g[7] ? g[6] : g[7];
                    break;
                }
#ifndef CK_VM_TINY
                case 'k':
#endif
                case 'j':
                    if (pass && check_target(L, fi, bits, n, pc, p, *s == 'k')) return -1;
                    break;
                case 'T':           /* the count (checked above), then count + 1 offsets */
                    for (v = 0; pass && v <= get16(p); v++)
                        if (check_target(L, fi, bits, n, pc, p + 2 + 2u * v, 0)) return -1;
                    break;
                default: break;
                }
            }
        }
        if (op != CK_OP_RET && op != CK_OP_JMP && op != CK_OP_JTAB && op != CK_OP_TRAP
#ifndef CK_VM_TINY
            && op != CK_OP_JMPN
#endif
        )
            return fail(L, CK_VERR_FALLTHROUGH, fi, op);
    }
    return 0;
}
#undef MORE

/* --- for both interpreters (interp.c, tiny.c) and the natives ------------------------------------- */
const char *ck_vm_fault_name(int kind)
{
    static const char *const names[CK_FAULT_COUNT] = {
        "exit", "out of bounds", "division by zero", "stack overflow", "bad indirect call", "trap",
        "budget exhausted", "native fault"
    };
    return kind >= 0 && kind < CK_FAULT_COUNT ? names[kind] : "unknown fault";
}

void *ck_vm_ptr(ck_vm *vm, uint32_t addr, uint32_t len)
{
    uint32_t i = addr - CK_MEM_BASE;
    if (!len) return vm->mem;
    if (len > vm->mem_size || i > vm->mem_size - len) {
        vm->fault.addr = addr;
        return 0;
    }
    return vm->mem + i;
}

/* --- arena layout ---------------------------------------------------------------------------------- */
/* Reserves size bytes aligned to a (a power of two) at *at (<= arena_size); 0 if the arena cannot
 * hold them. Every size and offset fits 32 bits (tables of at most 65535 records, memory and
 * arena sizes are uint32_t); the padding is checked for wrapping. */
static void *carve(uint8_t *base, uint32_t *at, uint32_t size, uint32_t a, uint32_t arena_size)
{
    uint32_t start = *at + ((0u - *at) & (a - 1u));
    if (start < *at || start > arena_size || size > arena_size - start) return 0;
    *at = start + size;
    return base + start;
}

int ck_vm_load(ck_vm *vm, const uint8_t *image, uint32_t len,
               const ck_native *natives, uint32_t nnatives,
               void *arena, uint32_t arena_size, uint32_t mem_size,
               char *err, uint32_t errlen)
{
    loader L;
    uint32_t nsect = 0;
    void *user = vm->user;

    memset(vm, 0, sizeof *vm);
    vm->user = user;
    memset(&L, 0, sizeof L);
    L.img = image;
    L.len = len;
    L.err = err;
    L.errlen = err ? errlen : 0;
    if (L.errlen) err[0] = 0;

    if (!image) len = L.len = 0;
    if (read_header(&L, &nsect) || read_directory(&L, nsect) || check_strings(&L) || check_funcs(&L))
        return -1;

    /* guest memory: a multiple of 8 inside the 32-bit address space */
    if (mem_size > 0u - CK_MEM_BASE) mem_size = 0u - CK_MEM_BASE;
    mem_size &= ~7u;
    if (mem_size < CK_MIN_MEM)
        return fail(&L, CK_VERR_MEM_MIN, mem_size, CK_MIN_MEM);
    uint32_t stack = get32(image + 24) ? get32(image + 24) : CK_DEFAULT_STACK;
    uint64_t data_off = align8(L.size[CK_SECT_RODATA]);
    uint64_t bss_off = align8(data_off + L.size[CK_SECT_DATA]);
    uint64_t heap_off = align8(bss_off + get32(image + 20));
    uint64_t need = heap_off + align8(stack);
    if (need > mem_size)
        return fail(&L, CK_VERR_MEM_NEEDS, (uint32_t)(need >> 32), (uint32_t)need,
                    L.size[CK_SECT_RODATA], L.size[CK_SECT_DATA], get32(image + 20), stack, mem_size);

    /* the arena: tables, guest memory, then frames and registers share what is left */
    if (!arena) return fail(&L, CK_VERR_NO_ARENA);
    /* the loader writes the arena (boundary bitmaps, then zeroed memory and registers): over the
     * image it would change code already verified */
    if ((uintptr_t)image < (uintptr_t)arena + arena_size && (uintptr_t)arena < (uintptr_t)image + len)
        return fail(&L, CK_VERR_ARENA_OVERLAP);
    uint8_t *base = arena;
    uint32_t skew = (uint32_t)(-(uintptr_t)base & 7u);     /* align the arena itself to 8 */
    if (arena_size < skew) return fail(&L, CK_VERR_ARENA_SMALL, arena_size);
    base += skew;
    arena_size -= skew;
    uint32_t at = 0;
    ck_func *funcs = carve(base, &at, L.nfuncs * (uint32_t)sizeof(ck_func), 8, arena_size);
    ck_native_fn *table = carve(base, &at, L.nimports * (uint32_t)sizeof(ck_native_fn), 8, arena_size);
    uint8_t *mem = carve(base, &at, mem_size, 8, arena_size);
    if (!funcs || !table || !mem)
        return fail(&L, CK_VERR_ARENA_TABLES, arena_size, mem_size);
    if (resolve_imports(&L, natives, nnatives, table)) return -1;

    /* code, with guest memory and everything after it as scratch for the boundary bitmap */
    uint32_t scratch = arena_size - (uint32_t)(mem - base);
    for (uint32_t i = 0; i < L.nfuncs; i++) {
        if ((get32(L.sec[CK_SECT_FUNCS] + i * CK_FUNC_SIZE + 4) + 7u) / 8u > scratch)
            return fail(&L, CK_VERR_ARENA_VERIFY, i);
        if (verify_code(&L, i, mem)) return -1;
    }

    uint32_t rest = arena_size - at;
    uint32_t depth = rest / 4u / (uint32_t)sizeof(ck_frame);
    if (depth > CK_MAX_CALL_DEPTH) depth = CK_MAX_CALL_DEPTH;
    /* activations: the entry's, one per nested call, and one below the entry's (where its ret
     * leaves the interpreter's frame pointer) */
    ck_frame *frames = carve(base, &at, (depth + 2u) * (uint32_t)sizeof(ck_frame), 8, arena_size);
    uint32_t *regs = frames ? carve(base, &at, 0, 4, arena_size) : 0;
    uint32_t nregs_total = regs ? (arena_size - at) / 4u : 0;
    const uint8_t *entry_rec = L.sec[CK_SECT_FUNCS] + get32(image + 16) * CK_FUNC_SIZE;
    /* the interpreter computes the end of a window as an integer: it must not wrap */
    if (!depth || !regs || nregs_total < entry_rec[14] ||
        (uintptr_t)(regs + nregs_total) > UINTPTR_MAX - 4u * CK_MAX_REGS)
        return fail(&L, CK_VERR_ARENA_STACKS, 0u, rest);

    for (uint32_t i = 0; i < L.nfuncs; i++) {
        const uint8_t *f = L.sec[CK_SECT_FUNCS] + i * CK_FUNC_SIZE;
        funcs[i].entry = L.sec[CK_SECT_CODE] + get32(f);
        funcs[i].frame = (uint16_t)align8(get32(f + 8));
        funcs[i].nregs = f[14];
        funcs[i].span = f[12] > f[13] ? f[12] : f[13];
    }

    /* the register stack's end for a call from every activation but the deepest, which may not call */
    for (uint32_t k = 0; k <= depth; k++)
        frames[k].lim = (uintptr_t)(regs + nregs_total);
    frames[depth + 1u].lim = 0;

    memset(mem, 0, mem_size);
    /* registers start at 0 so that a run never sees what the arena held before (e.g. a previous image) */
    memset(regs, 0, (size_t)nregs_total * 4u);
    if (L.size[CK_SECT_RODATA]) memcpy(mem, L.sec[CK_SECT_RODATA], L.size[CK_SECT_RODATA]);
    if (L.size[CK_SECT_DATA]) memcpy(mem + data_off, L.sec[CK_SECT_DATA], L.size[CK_SECT_DATA]);

    vm->code = L.sec[CK_SECT_CODE];
    vm->funcs = funcs;
    vm->nfuncs = L.nfuncs;
    vm->natives = table;
    vm->nimports = L.nimports;
    vm->entry = get32(image + 16);
    vm->entry_nrets = entry_rec[13];
    vm->names = L.sec[CK_SECT_NAMES];
    vm->strtab = L.sec[CK_SECT_STRTAB];
    vm->mem = mem;
    vm->mem_size = mem_size;
    vm->heap_start = CK_MEM_BASE + (uint32_t)heap_off;
    vm->stack_top = CK_MEM_BASE + mem_size;
    vm->stack_limit = vm->stack_top - (uint32_t)align8(stack);
    vm->regs = regs;
    vm->nregs_total = nregs_total;
    vm->frames = frames;
    vm->max_depth = depth;
    return 0;
}

const char *ck_vm_func_name(const ck_vm *vm, uint32_t func)
{
    if (!vm->names || !vm->strtab || func >= vm->nfuncs) return 0;
    return (const char *)vm->strtab + get32(vm->names + 4u * func);
}
