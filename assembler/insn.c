/* Instructions: a mnemonic from CK_OPS and its operands, encoded by one generic parser per operand
 * letter of the table (r R b h w d j f n c T p q k u Q s N). Adding an instruction to cockpit/isa.h needs no
 * change here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cockpit/config.h"
#include "cockpit/isa.h"
#include "ckasm.h"
#include "asm.h"

int asm_op_lookup(const char *name, size_t n)
{
    for (unsigned op = 0; op < CK_OP_COUNT; op++) {
        const char *m = ck_op_name(op);
        if (strlen(m) == n && !memcmp(m, name, n)) return (int)op;
    }
    return -1;
}

static const char *letter_name(char c)
{
    switch (c) {
    case 'r': return "register";
    case 'R': return "register pair";
    case 'b': return "8-bit immediate";
    case 'h': return "16-bit immediate";
    case 'w': return "32-bit value";
    case 'd': return "64-bit immediate";
    case 'j': return "label";
    case 'f': return "function";
    case 'n': case 'N': return "native import";
    case 'c': return "call window register";
    case 'T': return "[case labels], default label";
    case 'p': return "register r0..r15, register r0..r15";
    case 'q': return "register r0..r15, immediate 0..15";
    case 'k': return "label (within -128..127 bytes)";
    case 'u': return "16-bit value";
    case 'Q': return "register pair r0..r14, immediate 0..15";
    case 's': return "8-bit signed immediate";
    default: return "?";
    }
}

/* rN, checked against the syntax (r0..r254) and the current function's window. */
static int reg(as *a, const srcline *l, size_t *i, char kind, uint8_t *out)
{
    const token *t = &l->t[*i];
    loc w = asm_loc(l, t);
    int ok = t->kind == TK_NAME && t->slen >= 2 && t->slen <= 12 && t->str[0] == 'r';
    for (size_t k = 1; ok && k < t->slen; k++) ok = t->str[k] >= '0' && t->str[k] <= '9';
    if (!ok) {
        char b[64];
        asm_error(a, &w, "expected a %s (r0..r254), found %s", letter_name(kind), asm_show(t, b, sizeof b));
        return -1;
    }
    unsigned long v = strtoul(t->str + 1, NULL, 10);
    if (v > 254) {
        asm_error(a, &w, "register r%lu is out of range (r0..r254)", v);
        return -1;
    }
    unsigned nregs = a->funcs[a->nfuncs - 1].nregs;
    if (kind == 'R' && v == 254) {
        asm_error(a, &w, "r254 cannot start a register pair (its second register would be r255)");
        return -1;
    }
    if (kind == 'c' ? v > nregs : v + (kind == 'R') >= nregs) {
        if (kind == 'R')
            asm_error(a, &w, "register pair r%lu:r%lu is outside the function's %u registers (regs=%u)", v, v + 1,
                      nregs, nregs);
        else
            asm_error(a, &w, "register r%lu is outside the function's %u registers (regs=%u)", v, nregs, nregs);
        return -1;
    }
    *out = (uint8_t)v;
    (*i)++;
    return 0;
}

/* A label operand: 2 bytes (1 for k) now, the offset when the function ends. */
static int label_ref(as *a, const srcline *l, size_t *i, uint32_t opcode_at, int narrow)
{
    const char *name;
    loc w = asm_loc(l, &l->t[*i]);
    if (asm_name(a, l, i, &name, 0)) return -1;
    afix f = { .kind = FIX_BRANCH, .sect = SEC_TEXT, .at = (uint32_t)a->code.len, .base = opcode_at,
               .name = (char *)name, .narrow = narrow, .where = w };
    asm_fix(a, &f);
    if (narrow) ck_buf_u8(&a->code, 0);
    else ck_buf_u16(&a->code, 0);
    return 0;
}

/* A narrow form's register (a pair for Q): r0..r15 (and inside the window). */
static int nibble_reg(as *a, const srcline *l, size_t *i, uint32_t opcode_at, uint8_t *out, char kind)
{
    loc w = asm_loc(l, &l->t[*i]);
    if (reg(a, l, i, kind, out)) return -1;
    if (*out > 15) {
        asm_error(a, &w, "register r%u does not fit the narrow form '%s' (r0..r15)", *out,
                  ck_op_name(a->code.data[opcode_at]));
        return -1;
    }
    return 0;
}

/* f, n and N operands: a name (objects and listings) or an index (image listings only). */
static int index_ref(as *a, const srcline *l, size_t *i, char kind)
{
    const token *t = &l->t[*i];
    loc w = asm_loc(l, t);
    afix f = { .kind = kind == 'f' ? FIX_FUNC16 : kind == 'n' ? FIX_NATIVE16 : FIX_NATIVE8, .sect = SEC_TEXT,
               .at = (uint32_t)a->code.len, .where = w };
    if (t->kind == TK_NUM && a->image) {
        if (asm_number(a, l, i, 0, kind == 'N' ? 255 : 65535, kind == 'f' ? "a function index" : "an import index",
                       &f.index))
            return -1;
    } else {
        const char *name;
        if (t->kind == TK_NUM) {
            asm_error(a, &w, "expected a %s name (indices are only for image listings)", letter_name(kind));
            return -1;
        }
        if (asm_value_name(a, l, i, &name, kind == 'f' ? "a function" : "a native import")) return -1;
        f.name = (char *)name;
        if (kind == 'f' && !a->image) f.sym = asm_sym(a, name);
    }
    asm_fix(a, &f);
    if (kind == 'N') ck_buf_u8(&a->code, 0);
    else ck_buf_u16(&a->code, 0);
    return 0;
}

/* T: [L0, L1, ...], Ldefault */
static int jump_table(as *a, const srcline *l, size_t *i, uint32_t opcode_at)
{
    loc w = asm_loc(l, &l->t[*i]);
    if (asm_expect(a, l, i, '[')) return -1;
    size_t count_at = a->code.len, n = 0;
    ck_buf_u16(&a->code, 0);
    if (!(l->t[*i].kind == TK_PUNCT && l->t[*i].ch == ']')) {
        for (;;) {
            if (label_ref(a, l, i, opcode_at, 0)) return -1;
            n++;
            if (l->t[*i].kind == TK_PUNCT && l->t[*i].ch == ',') { (*i)++; continue; }
            break;
        }
    }
    if (asm_expect(a, l, i, ']') || asm_expect(a, l, i, ',') || label_ref(a, l, i, opcode_at, 0)) return -1;
    if (n > CK_MAX_JTAB) {
        asm_error(a, &w, "jump table has %zu cases (at most %u)", n, CK_MAX_JTAB);
        return -1;
    }
    a->code.data[count_at] = (uint8_t)n;
    a->code.data[count_at + 1] = (uint8_t)(n >> 8);
    return 0;
}

static int operand(as *a, const srcline *l, size_t *i, char kind, uint32_t opcode_at)
{
    uint8_t r;
    uint64_t v;
    switch (kind) {
    case 'r': case 'R': case 'c':
        if (reg(a, l, i, kind, &r)) return -1;
        ck_buf_u8(&a->code, r);
        return 0;
    case 'b':
        if (asm_number(a, l, i, 0, 255, "an 8-bit unsigned immediate", &v)) return -1;
        ck_buf_u8(&a->code, (uint8_t)v);
        return 0;
    case 'h':
        if (asm_number(a, l, i, -32768, 32767, "a 16-bit signed immediate", &v)) return -1;
        ck_buf_u16(&a->code, (uint16_t)v);
        return 0;
    case 'w':
        return asm_word(a, l, i, SEC_TEXT, 0);
    case 'u':
        return asm_word(a, l, i, SEC_TEXT, 1);
    case 'd':
        if (asm_number(a, l, i, INT64_MIN, UINT64_MAX, "a 64-bit immediate", &v)) return -1;
        ck_buf_u64(&a->code, v);
        return 0;
    case 'j': case 'k':
        return label_ref(a, l, i, opcode_at, kind == 'k');
    case 's':
        if (asm_number(a, l, i, -128, 127, "an 8-bit signed immediate", &v)) return -1;
        ck_buf_u8(&a->code, (uint8_t)v);
        return 0;
    case 'p': case 'q': case 'Q': {
        uint8_t hi;
        if (nibble_reg(a, l, i, opcode_at, &r, kind == 'Q' ? 'R' : 'r') || asm_expect(a, l, i, ',')) return -1;
        if (kind == 'p') {
            if (nibble_reg(a, l, i, opcode_at, &hi, 'r')) return -1;
        } else {
            if (asm_number(a, l, i, 0, 15, "an immediate 0..15", &v)) return -1;
            hi = (uint8_t)v;
        }
        ck_buf_u8(&a->code, (uint8_t)(r | hi << 4));
        return 0;
    }
    case 'f': case 'n': case 'N':
        return index_ref(a, l, i, kind);
    case 'T':
        return jump_table(a, l, i, opcode_at);
    default: {
        loc w = asm_loc(l, &l->t[*i]);
        asm_error(a, &w, "operand letter '%c' of the instruction table is not known to the assembler", kind);
        return -1;
    }
    }
}

/* Operands as written: top-level commas (a jump table's own commas are inside brackets). */
static unsigned count_operands(const srcline *l, size_t i)
{
    if (l->t[i].kind == TK_END) return 0;
    unsigned n = 1;
    int depth = 0;
    for (; l->t[i].kind != TK_END; i++) {
        if (l->t[i].kind != TK_PUNCT) continue;
        if (l->t[i].ch == '[') depth++;
        else if (l->t[i].ch == ']') depth--;
        else if (l->t[i].ch == ',' && depth <= 0) n++;
    }
    return n;
}

void asm_insn(as *a, const srcline *l, size_t i, int op)
{
    const char *ops = ck_op_operands((unsigned)op), *m = ck_op_name((unsigned)op);
    loc w = asm_loc(l, &l->t[i]);
    unsigned want = 0, got = count_operands(l, i + 1);
    for (const char *p = ops; *p; p++) want += *p == 'T' || *p == 'p' || *p == 'q' || *p == 'Q' ? 2 : 1;
    if (got != want) {
        char desc[256] = "";
        size_t at = 0;
        for (const char *p = ops; *p && at < sizeof desc - 1; p++)
            at += (size_t)snprintf(desc + at, sizeof desc - at, "%s%s", p == ops ? "" : ", ", letter_name(*p));
        if (want)
            asm_error(a, &w, "'%s' takes %u operand%s (%s), found %u", m, want, want == 1 ? "" : "s", desc, got);
        else
            asm_error(a, &w, "'%s' takes no operands, found %u", m, got);
        return;
    }
    size_t mark = a->code.len, nb = a->nbfix, nf = a->nfix;
    uint32_t opcode_at = (uint32_t)mark;
    ck_buf_u8(&a->code, (uint8_t)op);
    i++;
    int bad = 0;
    for (const char *p = ops; *p && !bad; p++) {
        if (p != ops && asm_expect(a, l, &i, ',')) bad = 1;
        else if (operand(a, l, &i, *p, opcode_at)) bad = 1;
    }
    if (!bad && l->t[i].kind != TK_END) {
        char b[64];
        loc ew = asm_loc(l, &l->t[i]);
        asm_error(a, &ew, "unexpected %s after the operands of '%s'", asm_show(&l->t[i], b, sizeof b), m);
        bad = 1;
    }
    if (!bad) a->funcs[a->nfuncs - 1].last_op = op;
    if (bad) {
        /* drop the instruction so that the following offsets stay those of the source */
        a->code.len = mark;
        while (a->nbfix > nb) free(a->bfix[--a->nbfix].name);
        while (a->nfix > nf) free(a->fix[--a->nfix].name);
    }
}
