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
#include <stdarg.h>
#include <string.h>

#include "ckvm.h"
#include "cockpit/format.h"
#include "cockpit/isa.h"

/* Operand string of every opcode (from the one table). */
static const char operands[CK_OP_COUNT][5] = {
#define X(e, m, f) f,
    CK_OPS(X)
#undef X
};

static const char *const kind_names[] = {
    "?", "FUNCS", "CODE", "IMPORTS", "RODATA", "DATA", "STRTAB", "NAMES", "SYMS", "RELOCS", "LINES"
};
#define NKINDS 11u

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
static uint32_t crc32(const uint8_t *p, uint32_t n)
{
    static const uint32_t t[16] = {
        0x00000000u, 0x1db71064u, 0x3b6e20c8u, 0x26d930acu, 0x76dc4190u, 0x6b6b51f4u, 0x4db26158u, 0x5005713cu,
        0xedb88320u, 0xf00f9344u, 0xd6d6a3e8u, 0xcb61b38cu, 0x9b64c2b0u, 0x86d3d2d4u, 0xa00ae278u, 0xbdbdf21cu
    };
    uint32_t c = 0xffffffffu;
    while (n--) {
        c ^= *p++;
        c = (c >> 4) ^ t[c & 15u];
        c = (c >> 4) ^ t[c & 15u];
    }
    return ~c;
}

/* --- messages -------------------------------------------------------------------------------------
 * A tiny formatter (no printf here): %u uint32_t, %x uint32_t in hex, %U uint64_t, %d int32_t,
 * %s string, %F a function index (uint32_t) printed as "function N (name)" when NAMES allow. */
typedef struct out { char *p; uint32_t room; } out;

static void put(out *o, char c)
{
    if (o->room > 1) { *o->p++ = c; o->room--; }
}

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

static const char *name_of(const loader *L, uint32_t f)
{
    const uint8_t *names = L->sec[CK_SECT_NAMES];
    return names && f < L->nfuncs ? (const char *)L->sec[CK_SECT_STRTAB] + get32(names + 4u * f) : 0;
}

static int fail(loader *L, const char *fmt, ...)
{
    out o = { L->err, L->errlen };
    va_list ap;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        if (*fmt != '%') { put(&o, *fmt); continue; }
        switch (*++fmt) {
        case 'u': putnum(&o, va_arg(ap, uint32_t), 10); break;
        case 'x': putnum(&o, va_arg(ap, uint32_t), 16); break;
        case 'U': putnum(&o, va_arg(ap, uint64_t), 10); break;
        case 'd': {
            int32_t v = va_arg(ap, int32_t);
            if (v < 0) put(&o, '-');
            putnum(&o, v < 0 ? 0u - (uint32_t)v : (uint32_t)v, 10);
            break;
        }
        case 's': puts_(&o, va_arg(ap, const char *)); break;
        case 'F': {
            uint32_t f = va_arg(ap, uint32_t);
            const char *n = name_of(L, f);
            puts_(&o, "function ");
            putnum(&o, f, 10);
            if (n && *n) { puts_(&o, " ("); puts_(&o, n); put(&o, ')'); }
            break;
        }
        default: put(&o, '%'); if (*fmt) put(&o, *fmt); else fmt--; break;
        }
    }
    va_end(ap);
    if (o.room) *o.p = 0;
    return -1;
}

/* --- header and section directory ------------------------------------------------------------------ */
static int read_header(loader *L, uint32_t *nsect)
{
    const uint8_t *h = L->img;
    if (L->len < CK_HDR_SIZE)
        return fail(L, "truncated image: %u bytes, shorter than the %u-byte header", L->len, (uint32_t)CK_HDR_SIZE);
    if (get32(h) == CK_OBJECT_MAGIC)
        return fail(L, "this is a Cockpit object (.cko), not an image: link it first");
    if (get32(h) != CK_IMAGE_MAGIC)
        return fail(L, "bad magic: not a Cockpit image");
    if (get16(h + 4) != CK_IMAGE_VERSION)
        return fail(L, "unsupported format version %u (this VM supports %u)", get16(h + 4), (uint32_t)CK_IMAGE_VERSION);
    if (get32(h + 8) != L->len)
        return fail(L, "size field says %u bytes but the image is %u bytes", get32(h + 8), L->len);
    if (crc32(h + 16, L->len - 16u) != get32(h + 12))
        return fail(L, "CRC mismatch: the image is corrupt");
    if (get16(h + 6) != 0 || get16(h + 30) != 0)
        return fail(L, "unknown header flags 0x%x (reserved 0x%x): expected 0", get16(h + 6), get16(h + 30));
    *nsect = get16(h + 28);
    if (*nsect > CK_MAX_SECTIONS)
        return fail(L, "too many sections: %u, at most %u", *nsect, (uint32_t)CK_MAX_SECTIONS);
    return 0;
}

static int read_directory(loader *L, uint32_t nsect)
{
    uint32_t dir_end = CK_HDR_SIZE + nsect * CK_SECT_ENTRY_SIZE;     /* nsect <= 32: no overflow */
    uint32_t seen = 0;
    if (dir_end > L->len)
        return fail(L, "section directory truncated: %u entries need %u bytes, the image has %u",
                    nsect, dir_end, L->len);
    for (uint32_t i = 0; i < nsect; i++) {
        const uint8_t *e = L->img + CK_HDR_SIZE + i * CK_SECT_ENTRY_SIZE;
        uint32_t kind = get32(e), off = get32(e + 4), size = get32(e + 8);
        if (kind == 0 || kind >= NKINDS)
            return fail(L, "section %u: unknown section kind %u", i, kind);
        if (kind == CK_SECT_SYMS || kind == CK_SECT_RELOCS)
            return fail(L, "section %u: a %s section belongs in an object, not an image", i, kind_names[kind]);
        if (seen & 1u << kind)
            return fail(L, "section %u: %s appears twice (also section %u)", i, kind_names[kind], L->index[kind]);
        if (off > L->len || size > L->len - off)
            return fail(L, "section %u (%s) lies outside the image (offset %u, size %u, image %u bytes)",
                        i, kind_names[kind], off, size, L->len);
        if (size && off < dir_end)
            return fail(L, "section %u (%s) overlaps the header and section directory", i, kind_names[kind]);
        for (uint32_t k = 1; k < NKINDS; k++) {
            if (!(seen & 1u << k) || !size || !L->size[k]) continue;
            uint32_t o2 = (uint32_t)(L->sec[k] - L->img);    /* both ranges lie inside the image */
            if (off < o2 + L->size[k] && o2 < off + size)
                return fail(L, "section %u (%s) overlaps section %u (%s)", i, kind_names[kind], L->index[k], kind_names[k]);
        }
        seen |= 1u << kind;
        L->sec[kind] = L->img + off;
        L->size[kind] = size;
        L->index[kind] = i;
    }
    static const uint8_t recsize[NKINDS] = { 0, CK_FUNC_SIZE, 0, CK_IMPORT_SIZE, 0, 0, 0, 4, 0, 0, 0 };
    for (uint32_t k = 1; k < NKINDS; k++)
        if (recsize[k] && L->size[k] % recsize[k])
            return fail(L, "%s section is %u bytes, not a multiple of its %u-byte records",
                        kind_names[k], L->size[k], (uint32_t)recsize[k]);
    if (!L->sec[CK_SECT_FUNCS]) return fail(L, "no FUNCS section: the image has no functions");
    if (!L->sec[CK_SECT_CODE]) return fail(L, "no CODE section: the image has no code");
    L->nfuncs = L->size[CK_SECT_FUNCS] / CK_FUNC_SIZE;
    L->nimports = L->size[CK_SECT_IMPORTS] / CK_IMPORT_SIZE;
    if (L->nfuncs > CK_MAX_FUNCS)
        return fail(L, "too many functions: %u, at most %u", L->nfuncs, (uint32_t)CK_MAX_FUNCS);
    if (L->nimports > CK_MAX_IMPORTS)
        return fail(L, "too many imports: %u, at most %u", L->nimports, (uint32_t)CK_MAX_IMPORTS);
    return 0;
}

/* --- strings, functions, entry, imports ------------------------------------------------------------ */
/* A name offset must start a string inside STRTAB (whose last byte is NUL, so it ends inside). */
static int check_name(loader *L, uint32_t off, const char *what, uint32_t idx)
{
    uint32_t n = L->size[CK_SECT_STRTAB], len = 0;
    if (off >= n)
        return fail(L, "%s %u: name offset 0x%x is outside the string table (%u bytes)", what, idx, off, n);
    while (L->sec[CK_SECT_STRTAB][off + len]) len++;
    if (len > CK_MAX_NAME)
        return fail(L, "%s %u: name of %u bytes is longer than the maximum %u", what, idx, len, (uint32_t)CK_MAX_NAME);
    return 0;
}

static int check_strings(loader *L)
{
    const uint8_t *s = L->sec[CK_SECT_STRTAB], *names = L->sec[CK_SECT_NAMES];
    if (s && L->size[CK_SECT_STRTAB] && s[L->size[CK_SECT_STRTAB] - 1u])
        return fail(L, "string table is unterminated: its last byte is not NUL");
    if (names && L->size[CK_SECT_NAMES] / 4u != L->nfuncs)
        return fail(L, "NAMES section has %u entries for %u functions", L->size[CK_SECT_NAMES] / 4u, L->nfuncs);
    for (uint32_t i = 0; names && i < L->nfuncs; i++)
        if (check_name(L, get32(names + 4u * i), "function", i)) return -1;
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
            return fail(L, "%F: code is empty", i);
        if (off > code_size || size > code_size - off)
            return fail(L, "%F: code at offset %u, size %u lies outside the CODE section (%u bytes)", i, off, size, code_size);
        if (size > CK_MAX_FUNC_CODE)
            return fail(L, "%F: code is %u bytes, at most %u", i, size, (uint32_t)CK_MAX_FUNC_CODE);
        if (nargs > nregs)
            return fail(L, "%F: %u argument registers but a window of only %u registers", i, nargs, nregs);
        if (nrets > nregs)
            return fail(L, "%F: %u result registers but a window of only %u registers", i, nrets, nregs);
        if (frame > CK_MAX_FRAME)
            return fail(L, "%F: frame of %u bytes exceeds the maximum %u", i, frame, (uint32_t)CK_MAX_FRAME);
    }
    uint32_t entry = get32(L->img + 16);
    if (entry >= L->nfuncs)
        return fail(L, "entry function %u does not exist (the image has %u functions)", entry, L->nfuncs);
    if (L->sec[CK_SECT_FUNCS][entry * CK_FUNC_SIZE + 12])
        return fail(L, "entry %F takes %u argument registers; the entry function must take no argument",
                    entry, (uint32_t)L->sec[CK_SECT_FUNCS][entry * CK_FUNC_SIZE + 12]);
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
        if (check_name(L, get32(im), "import", i)) return -1;
        const char *name = (const char *)L->sec[CK_SECT_STRTAB] + get32(im);
        const ck_native *n = 0;
        for (uint32_t k = 0; k < nnat && !n; k++)
            if (nat[k].fn && nat[k].name && same(nat[k].name, name)) n = &nat[k];
        if (!n)
            return fail(L, "import '%s' v%u: not provided by this device", name, ver);
        if (n->version < ver)
            return fail(L, "import '%s' v%u: this device provides only version %u", name, ver, (uint32_t)n->version);
        if (n->nargs != nargs || n->nrets != nrets)
            return fail(L, "import '%s' v%u: signature %u -> %u does not match the device's %u -> %u",
                        name, ver, nargs, nrets, (uint32_t)n->nargs, (uint32_t)n->nrets);
        table[i] = n->fn;
    }
    return 0;
}

/* --- code ------------------------------------------------------------------------------------------ */
/* Length of the instruction at c[pc] whose opcode is known valid; 0 if it runs past n. */
static uint32_t insn_len(const uint8_t *c, uint32_t pc, uint32_t n)
{
    uint32_t op = c[pc], len = 1;
    if (op == CK_OP_JTAB) {
        if (n - pc < 4u) return 0;
        len = 4u + 2u * (get16(c + pc + 2) + 1u);
    } else {
        for (const char *s = operands[op]; *s; s++) len += CK_OPERAND_SIZE(*s);
    }
    return len <= n - pc ? len : 0;
}

static int check_target(loader *L, uint32_t fi, const uint8_t *bits, uint32_t n, uint32_t pc, const uint8_t *at)
{
    int32_t t = (int32_t)pc + (int32_t)(int16_t)get16(at);
    if (t < 0 || (uint32_t)t >= n)
        return fail(L, "%F: branch at pc %u targets %d, outside the function (%u bytes)", fi, pc, t, n);
    if (!(bits[(uint32_t)t >> 3] & 1u << ((uint32_t)t & 7u)))
        return fail(L, "%F: branch at pc %u targets %u, not an instruction boundary", fi, pc, (uint32_t)t);
    return 0;
}

/* Decodes one function: whole instructions, known opcodes, registers, indices, windows, no fall
 * through; then checks every branch target against the instruction starts marked in bits. */
static int verify_code(loader *L, uint32_t fi, uint8_t *bits)
{
    const uint8_t *f = L->sec[CK_SECT_FUNCS] + fi * CK_FUNC_SIZE;
    const uint8_t *c = L->sec[CK_SECT_CODE] + get32(f);
    uint32_t n = get32(f + 4), nregs = f[14], pc, len, last = 0;

    memset(bits, 0, (n + 7u) / 8u);
    for (pc = 0; pc < n; pc += len) {
        uint32_t op = c[pc], callee_span = 0;
        if (op >= CK_OP_COUNT)
            return fail(L, "%F: unknown opcode 0x%x at pc %u", fi, op, pc);
        if (op == CK_OP_JTAB && n - pc >= 4u && get16(c + pc + 2) > CK_MAX_JTAB)
            return fail(L, "%F: jump table at pc %u has %u entries, at most %u", fi, pc, get16(c + pc + 2), (uint32_t)CK_MAX_JTAB);
        len = insn_len(c, pc, n);
        if (!len)
            return fail(L, "%F: instruction at pc %u (opcode 0x%x) runs past the end of the function", fi, pc, op);
        bits[pc >> 3] |= (uint8_t)(1u << (pc & 7u));
        const uint8_t *p = c + pc + 1;
        for (const char *s = operands[op]; *s; p += CK_OPERAND_SIZE(*s), s++) {
            uint32_t v = *s == 'f' || *s == 'n' ? get16(p) : *p;
            switch (*s) {
            case 'r':
                if (v >= nregs)
                    return fail(L, "%F: register r%u out of range (nregs %u) at pc %u", fi, v, nregs, pc);
                break;
            case 'c':
                /* a window may start right after the caller's (r<nregs>) when the callee needs no
                 * argument or result there (calli checks its callee's span at run time) */
                if (v > nregs)
                    return fail(L, "%F: register r%u out of range (nregs %u) at pc %u", fi, v, nregs, pc);
                if (v + callee_span > nregs)
                    return fail(L, "%F: call window r%u at pc %u has no room for the callee's %u argument/result registers (nregs %u)",
                                fi, v, pc, callee_span, nregs);
                break;
            case 'R':
                if (v + 1u >= nregs)
                    return fail(L, "%F: register pair r%u,r%u out of range (nregs %u) at pc %u", fi, v, v + 1u, nregs, pc);
                break;
            case 'f': {
                if (v >= L->nfuncs)
                    return fail(L, "%F: call at pc %u to function index %u, but the image has %u functions", fi, pc, v, L->nfuncs);
                const uint8_t *g = L->sec[CK_SECT_FUNCS] + v * CK_FUNC_SIZE;
                callee_span = g[12] > g[13] ? g[12] : g[13];
                break;
            }
            case 'n': {
                if (v >= L->nimports)
                    return fail(L, "%F: calln at pc %u of import %u, but the image has %u imports", fi, pc, v, L->nimports);
                const uint8_t *g = L->sec[CK_SECT_IMPORTS] + v * CK_IMPORT_SIZE;
                callee_span = g[6] > g[7] ? g[6] : g[7];
                break;
            }
            default: break;
            }
        }
        last = op;
    }
    if (last != CK_OP_RET && last != CK_OP_JMP && last != CK_OP_JTAB && last != CK_OP_TRAP)
        return fail(L, "%F: the last instruction (opcode 0x%x) can fall through the end of the function", fi, last);

    for (pc = 0; pc < n; pc += insn_len(c, pc, n)) {
        uint32_t op = c[pc];
        if (op == CK_OP_JTAB) {
            for (uint32_t k = 0, cnt = get16(c + pc + 2); k <= cnt; k++)
                if (check_target(L, fi, bits, n, pc, c + pc + 4 + 2u * k)) return -1;
        } else {
            const uint8_t *p = c + pc + 1;
            for (const char *s = operands[op]; *s; p += CK_OPERAND_SIZE(*s), s++)
                if (*s == 'j' && check_target(L, fi, bits, n, pc, p)) return -1;
        }
    }
    return 0;
}

/* --- arena layout ---------------------------------------------------------------------------------- */
/* Reserves size bytes aligned to a (a power of two) at *at; 0 if the arena cannot hold them. */
static void *carve(uint8_t *base, uint64_t *at, uint64_t size, uint64_t a, uint64_t arena_size)
{
    uint64_t start = (*at + a - 1u) & ~(a - 1u);
    if (start > arena_size || size > arena_size - start) return 0;
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
        return fail(&L, "guest memory of %u bytes is below the minimum of %u", mem_size, (uint32_t)CK_MIN_MEM);
    uint32_t stack = get32(image + 24) ? get32(image + 24) : CK_DEFAULT_STACK;
    uint64_t data_off = align8(L.size[CK_SECT_RODATA]);
    uint64_t bss_off = align8(data_off + L.size[CK_SECT_DATA]);
    uint64_t heap_off = align8(bss_off + get32(image + 20));
    uint64_t need = heap_off + align8(stack);
    if (need > mem_size)
        return fail(&L, "needs %U bytes of guest memory (RODATA %u, DATA %u, BSS %u, stack %u), device has %u",
                    need, L.size[CK_SECT_RODATA], L.size[CK_SECT_DATA], get32(image + 20), stack, mem_size);

    /* the arena: tables, guest memory, then frames and registers share what is left */
    if (!arena) return fail(&L, "no arena for the VM");
    /* the loader writes the arena (boundary bitmaps, then zeroed memory and registers): over the
     * image it would change code already verified */
    if ((uintptr_t)image < (uintptr_t)arena + arena_size && (uintptr_t)arena < (uintptr_t)image + len)
        return fail(&L, "the VM's arena overlaps the image");
    uint8_t *base = arena;
    uint32_t skew = (uint32_t)(-(uintptr_t)base & 7u);     /* align the arena itself to 8 */
    if (arena_size < skew) return fail(&L, "the VM's arena of %u bytes is too small", arena_size);
    base += skew;
    arena_size -= skew;
    uint64_t at = 0;
    ck_func *funcs = carve(base, &at, (uint64_t)L.nfuncs * sizeof(ck_func), 8, arena_size);
    ck_native_fn *table = carve(base, &at, (uint64_t)L.nimports * sizeof(ck_native_fn), 8, arena_size);
    uint8_t *mem = carve(base, &at, mem_size, 8, arena_size);
    if (!funcs || !table || !mem)
        return fail(&L, "the VM's arena of %u bytes cannot hold %u bytes of guest memory and the image's tables",
                    arena_size, mem_size);
    if (resolve_imports(&L, natives, nnatives, table)) return -1;

    /* code, with guest memory and everything after it as scratch for the boundary bitmap */
    uint64_t scratch = arena_size - (uint64_t)(mem - base);
    for (uint32_t i = 0; i < L.nfuncs; i++) {
        if ((get32(L.sec[CK_SECT_FUNCS] + i * CK_FUNC_SIZE + 4) + 7u) / 8u > scratch)
            return fail(&L, "%F: not enough memory in the VM's arena to verify it", i);
        if (verify_code(&L, i, mem)) return -1;
    }

    uint64_t rest = arena_size - at;
    uint64_t depth = rest / 4u / sizeof(ck_frame);
    if (depth > CK_MAX_CALL_DEPTH) depth = CK_MAX_CALL_DEPTH;
    ck_frame *frames = carve(base, &at, depth * sizeof(ck_frame), 8, arena_size);
    uint32_t *regs = frames ? carve(base, &at, 0, 4, arena_size) : 0;
    uint64_t nregs_total = regs ? (arena_size - at) / 4u : 0;
    const uint8_t *entry_rec = L.sec[CK_SECT_FUNCS] + get32(image + 16) * CK_FUNC_SIZE;
    if (!depth || nregs_total < entry_rec[14])
        return fail(&L, "the VM's arena leaves only %U bytes for the call and register stacks", rest);

    for (uint32_t i = 0; i < L.nfuncs; i++) {
        const uint8_t *f = L.sec[CK_SECT_FUNCS] + i * CK_FUNC_SIZE;
        funcs[i].code = get32(f);
        funcs[i].frame = (uint16_t)align8(get32(f + 8));
        funcs[i].nregs = f[14];
        funcs[i].span = f[12] > f[13] ? f[12] : f[13];
    }

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
    vm->nregs_total = nregs_total > 0xffffffffu ? 0xffffffffu : (uint32_t)nregs_total;
    vm->frames = frames;
    vm->max_depth = (uint32_t)depth;
    return 0;
}

const char *ck_vm_func_name(const ck_vm *vm, uint32_t func)
{
    if (!vm->names || !vm->strtab || func >= vm->nfuncs) return 0;
    return (const char *)vm->strtab + get32(vm->names + 4u * func);
}
