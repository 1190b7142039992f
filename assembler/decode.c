/* Instruction decoding from the CK_OPS table alone: one generic reader per operand letter, so a new
 * instruction needs no change here. Never reads past the bytes it is given. */
#include <string.h>

#include "cockpit/isa.h"
#include "ckasm.h"

static const char *const op_names[] = {
#define X(e, m, f) m,
    CK_OPS(X)
#undef X
};
static const char *const op_operands[] = {
#define X(e, m, f) #f,
    CK_OPS(X)
#undef X
};

const char *ck_op_name(unsigned op) { return op < CK_OP_COUNT ? op_names[op] : NULL; }
const char *ck_op_operands(unsigned op) { return op < CK_OP_COUNT ? op_operands[op] : NULL; }

static uint64_t le(const uint8_t *p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = n; i-- > 0;) v = v << 8 | p[i];
    return v;
}

int ck_insn_decode(const uint8_t *p, size_t n, ck_insn *in, int *bad_op)
{
    memset(in, 0, sizeof *in);
    if (bad_op) *bad_op = 0;
    if (!n) return -1;
    if (p[0] >= CK_OP_COUNT) {
        if (bad_op) *bad_op = 1;
        return -1;
    }
    in->op = p[0];
    const char *f = op_operands[p[0]];
    size_t at = 1;
    for (; *f; f++) {
        if (in->nopnds == sizeof in->opnd / sizeof in->opnd[0]) return -1;   /* a table entry too long */
        struct ck_opnd *o = &in->opnd[in->nopnds++];
        o->kind = *f;
        o->at = (uint32_t)at;
        if (*f == 'T') {
            if (n - at < 2) return -1;
            in->ntab = (uint32_t)le(p + at, 2);
            o->value = in->ntab;
            in->tab_at = (uint32_t)at + 2;
            size_t bytes = 2 + 2 * ((size_t)in->ntab + 1);
            if (n - at < bytes) return -1;
            at += bytes;
            continue;
        }
        unsigned sz = CK_OPERAND_SIZE(*f);
        if (n - at < sz) return -1;
        o->value = le(p + at, sz);
        if (*f == 'h' || *f == 'j') o->value = (uint64_t)(int64_t)(int16_t)o->value;
        if (*f == 'k') o->kind = 'j', o->value = (uint64_t)(int64_t)(int8_t)o->value;
        if (*f == 's') o->kind = 'h', o->value = (uint64_t)(int64_t)(int8_t)o->value;
        if (*f == 'p' || *f == 'q' || *f == 'Q') {   /* two operands in one byte: a register, then the high nibble */
            if (in->nopnds == sizeof in->opnd / sizeof in->opnd[0]) return -1;
            struct ck_opnd *hi = &in->opnd[in->nopnds++];
            o->kind = *f == 'Q' ? 'R' : 'r';
            hi->kind = *f == 'p' ? 'r' : 'b';
            hi->at = o->at;
            hi->value = o->value >> 4;
            o->value &= 15u;
        }
        at += sz;
    }
    in->size = (uint32_t)at;
    return 0;
}

int16_t ck_insn_jtab(const uint8_t *insn, const ck_insn *in, uint32_t i)
{
    const uint8_t *q = insn + in->tab_at + 2 * (size_t)i;
    return (int16_t)(uint16_t)(q[0] | q[1] << 8);
}
