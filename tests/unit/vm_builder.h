/* The image builder of the VM unit tests (test_vm.c, test_vm_tiny.c): functions written opcode by
 * opcode with labels and fixed-up branches, a canonical image in img[] (build), and the natives the
 * tests call. Included once by each test program, after check.h, stdarg.h, ckvm.h and
 * cockpit/isa.h and format.h. */
#ifndef CK_TESTS_VM_BUILDER_H
#define CK_TESTS_VM_BUILDER_H

static const char *const opnds[CK_OP_COUNT] = {
#define X(e, m, f) #f,
    CK_OPS(X)
#undef X
};
static unsigned char used[CK_OP_COUNT];     /* opcodes some test executed (runs are not forked) */

/* --- image builder ------------------------------------------------------------------------------ */
typedef struct tfunc {
    uint8_t code[2048];
    uint32_t n, frame;
    uint8_t nargs, nrets, nregs;
    const char *name;
    int32_t lab[32];
    struct { uint32_t at, base; int lab, narrow; } fix[128];
    int nfix;
} tfunc;

typedef struct timg {
    tfunc f[8];
    int nf;
    struct { const char *name; uint16_t ver; uint8_t na, nr; } imp[16];
    int ni;
    uint8_t ro[4096], data[256];
    uint32_t nro, ndata, bss, stack, entry;
    int names;
} timg;

static timg T;
static uint8_t img[1 << 16];
static size_t imglen;

static void reset(void)
{
    memset(&T, 0, sizeof T);
    T.stack = CK_DEFAULT_STACK;
    T.names = 1;
}

static tfunc *func(const char *name, int nargs, int nrets, int nregs, uint32_t frame)
{
    tfunc *f = &T.f[T.nf++];
    memset(f, 0, sizeof *f);
    f->name = name;
    f->nargs = (uint8_t)nargs, f->nrets = (uint8_t)nrets, f->nregs = (uint8_t)nregs;
    f->frame = frame;
    for (int i = 0; i < 32; i++) f->lab[i] = -1;
    return f;
}

static int import(const char *name, int ver, int na, int nr)
{
    T.imp[T.ni].name = name;
    T.imp[T.ni].ver = (uint16_t)ver;
    T.imp[T.ni].na = (uint8_t)na;
    T.imp[T.ni].nr = (uint8_t)nr;
    return T.ni++;
}

static void b8(tfunc *f, uint32_t v) { f->code[f->n++] = (uint8_t)v; }
static void b16(tfunc *f, uint32_t v) { b8(f, v & 0xff); b8(f, v >> 8 & 0xff); }
static void b32(tfunc *f, uint32_t v) { b16(f, v & 0xffff); b16(f, v >> 16); }
static void b64(tfunc *f, uint64_t v) { b32(f, (uint32_t)v); b32(f, (uint32_t)(v >> 32)); }
static void label(tfunc *f, int id) { f->lab[id] = (int32_t)f->n; }

static void jref(tfunc *f, uint32_t base, int lab, int narrow)
{
    f->fix[f->nfix].at = f->n;
    f->fix[f->nfix].base = base;
    f->fix[f->nfix].lab = lab;
    f->fix[f->nfix].narrow = narrow;
    f->nfix++;
    if (narrow) b8(f, 0);
    else b16(f, 0);
}

/* Emits one instruction; arguments follow its operand string: registers, immediates and indices
 * as int, 'w' as uint32_t, 'd' as uint64_t, 'j'/'k' a label id, 'T' a count then count+1 label ids,
 * 'p'/'q'/'Q' two ints (the low nibble's register, then the high nibble's register or immediate). */
static void op(tfunc *f, int opc, ...)
{
    va_list ap;
    uint32_t base = f->n;
    va_start(ap, opc);
    b8(f, (uint32_t)opc);
    for (const char *s = opnds[opc]; *s; s++) {
        switch (*s) {
        case 'r': case 'R': case 'b': case 'c': b8(f, (uint32_t)va_arg(ap, int)); break;
        case 'h': case 'f': case 'n': case 'u': b16(f, (uint32_t)va_arg(ap, int)); break;
        case 'w': b32(f, va_arg(ap, uint32_t)); break;
        case 'd': b64(f, va_arg(ap, uint64_t)); break;
        case 'j': case 'k': jref(f, base, va_arg(ap, int), *s == 'k'); break;
        case 's': case 'N': b8(f, (uint32_t)va_arg(ap, int) & 0xffu); break;
        case 'p': case 'q': case 'Q': {
            int lo = va_arg(ap, int), hi = va_arg(ap, int);
            b8(f, (uint32_t)(lo | hi << 4));
            break;
        }
        case 'T': {
            int n = va_arg(ap, int);
            b16(f, (uint32_t)n);
            for (int i = 0; i <= n; i++) jref(f, base, va_arg(ap, int), 0);
            break;
        }
        }
    }
    va_end(ap);
}

static uint32_t crc(const uint8_t *p, size_t n)
{
    uint32_t c = 0xffffffffu;
    while (n--) {
        c ^= *p++;
        for (int k = 0; k < 8; k++) c = c >> 1 ^ (c & 1 ? 0xedb88320u : 0);
    }
    return ~c;
}

static void put16(uint8_t *p, uint32_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static void put32(uint8_t *p, uint32_t v) { put16(p, v & 0xffff); put16(p + 2, v >> 16); }

/* Size field and CRC agree with imglen again. */
static void reseal(void)
{
    if (imglen < 16) return;                          /* nothing to seal: the header is cut */
    put32(img + 8, (uint32_t)imglen);
    put32(img + 12, crc(img + 16, imglen - 16));
}

/* Writes T canonically into img: sections in kind order, only non-empty optional ones. */
static void build(void)
{
    static uint8_t sect[11][1 << 14];
    uint32_t size[11] = {0};
    uint32_t code_off[8];                             /* every byte of a section is written below */
    for (int i = 0; i < T.nf; i++) {
        tfunc *f = &T.f[i];
        for (int k = 0; k < f->nfix; k++) {
            ck_assert_msg(f->lab[f->fix[k].lab] >= 0, "undefined label %d", f->fix[k].lab);
            uint32_t d = (uint32_t)(f->lab[f->fix[k].lab] - (int32_t)f->fix[k].base);
            if (f->fix[k].narrow) f->code[f->fix[k].at] = (uint8_t)d;
            else put16(f->code + f->fix[k].at, d);
        }
        code_off[i] = size[CK_SECT_CODE];
        memcpy(sect[CK_SECT_CODE] + size[CK_SECT_CODE], f->code, f->n);
        size[CK_SECT_CODE] += f->n;
    }
    /* strings: function names first, then imports */
    uint32_t name_off[8], imp_off[16];
    for (int i = 0; T.names && i < T.nf; i++) {
        name_off[i] = size[CK_SECT_STRTAB];
        memcpy(sect[CK_SECT_STRTAB] + size[CK_SECT_STRTAB], T.f[i].name, strlen(T.f[i].name) + 1);
        size[CK_SECT_STRTAB] += (uint32_t)strlen(T.f[i].name) + 1;
    }
    for (int i = 0; i < T.ni; i++) {
        imp_off[i] = size[CK_SECT_STRTAB];
        memcpy(sect[CK_SECT_STRTAB] + size[CK_SECT_STRTAB], T.imp[i].name, strlen(T.imp[i].name) + 1);
        size[CK_SECT_STRTAB] += (uint32_t)strlen(T.imp[i].name) + 1;
    }
    for (int i = 0; i < T.nf; i++) {
        uint8_t *r = sect[CK_SECT_FUNCS] + 16 * i;
        put32(r, code_off[i]);
        put32(r + 4, T.f[i].n);
        put32(r + 8, T.f[i].frame);
        r[12] = T.f[i].nargs, r[13] = T.f[i].nrets, r[14] = T.f[i].nregs, r[15] = 0;
        if (T.names) put32(sect[CK_SECT_NAMES] + 4 * i, name_off[i]);
    }
    size[CK_SECT_FUNCS] = 16u * (uint32_t)T.nf;
    if (T.names) size[CK_SECT_NAMES] = 4u * (uint32_t)T.nf;
    for (int i = 0; i < T.ni; i++) {
        uint8_t *r = sect[CK_SECT_IMPORTS] + 8 * i;
        put32(r, imp_off[i]);
        put16(r + 4, T.imp[i].ver);
        r[6] = T.imp[i].na, r[7] = T.imp[i].nr;
    }
    size[CK_SECT_IMPORTS] = 8u * (uint32_t)T.ni;
    memcpy(sect[CK_SECT_RODATA], T.ro, T.nro);
    size[CK_SECT_RODATA] = T.nro;
    memcpy(sect[CK_SECT_DATA], T.data, T.ndata);
    size[CK_SECT_DATA] = T.ndata;

    uint32_t nsect = 0;
    for (int k = 1; k <= 7; k++)
        if (size[k] || k <= 2) nsect++;
    uint32_t at = 32 + 12 * nsect, e = 0;
    memset(img, 0, 32);
    put32(img, CK_IMAGE_MAGIC);
    put16(img + 4, CK_IMAGE_VERSION);
    put32(img + 16, T.entry);
    put32(img + 20, T.bss);
    put32(img + 24, T.stack);
    put16(img + 28, nsect);
    for (int k = 1; k <= 7; k++) {
        if (!size[k] && k > 2) continue;
        put32(img + 32 + 12 * e, (uint32_t)k);
        put32(img + 32 + 12 * e + 4, at);
        put32(img + 32 + 12 * e + 8, size[k]);
        memcpy(img + at, sect[k], size[k]);
        at += size[k];
        e++;
    }
    imglen = at;
    reseal();
}

/* --- running ----------------------------------------------------------------------------------- */
static uint32_t outv[4096];
static int nout;

static int t_out(ck_vm *vm, uint32_t *r) { (void)vm; if (nout < 4096) outv[nout++] = r[0]; return 0; }
static int t_out2(ck_vm *vm, uint32_t *r)
{
    (void)vm;
    if (nout < 4095) outv[nout++] = r[0], outv[nout++] = r[1];
    return 0;
}
static int t_fail(ck_vm *vm, uint32_t *r) { (void)vm; (void)r; return CK_FAULT_NATIVE; }
static int t_bogus(ck_vm *vm, uint32_t *r) { (void)vm; (void)r; return 77; }
static int t_peek(ck_vm *vm, uint32_t *r)
{
    uint8_t *p = ck_vm_ptr(vm, r[0], 4);
    if (!p) return CK_FAULT_OOB;
    r[0] = p[0];
    return 0;
}
static int t_exit(ck_vm *vm, uint32_t *r) { vm->exit_status = r[0]; return CK_NATIVE_EXIT; }
static int t_heap(ck_vm *vm, uint32_t *r) { r[0] = vm->heap_start; r[1] = vm->stack_limit; return 0; }
/* writes two results */
static int t_two(ck_vm *vm, uint32_t *r) { (void)vm; r[0] = r[0] + 1; r[1] = 99; return 0; }

static const ck_native natives[] = {
    {"t.out", 1, 1, 0, t_out},
    {"t.out2", 1, 2, 0, t_out2},
    {"t.fail", 1, 0, 0, t_fail},
    {"t.bogus", 1, 0, 0, t_bogus},
    {"t.peek", 1, 1, 1, t_peek},
    {"t.two", 2, 1, 2, t_two},
    {"sys.exit", 1, 1, 0, t_exit},
    {"sys.heap", 1, 0, 2, t_heap},
    {"t.null", 1, 0, 0, NULL},
};
#define NNAT (uint32_t)(sizeof natives / sizeof natives[0])

#endif
