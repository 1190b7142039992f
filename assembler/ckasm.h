/* The Cockpit assembler and disassembler (part of libcktools). Syntax and the image-listing format:
 * docs/bytecode.md, "Assembly (.cks)". Both are driven by the CK_OPS table of cockpit/isa.h alone.
 *
 *   text  --ck_asm_to_obj-->   ck_obj          (the compiler back end emits assembly text)
 *   text  --ck_asm_assemble--> .cko bytes, or .cbc bytes for an `.image` listing
 *   bytes --ck_disasm-->       text that ck_asm_assemble turns back into the same bytes
 */
#ifndef COCKPIT_CKASM_H
#define COCKPIT_CKASM_H

#include <stddef.h>
#include <stdint.h>

#include "cktools.h"

/* Assembles `text` (len bytes; need not be NUL-terminated) and appends the object, or the image
 * when the text is an image listing (its first directive is `.image`), to *out. Returns 0, or -1
 * after printing every error found as "file:line:col: error: ..." with the source line. */
int ck_asm_assemble(const char *file, const char *text, size_t len, ck_buf *out);

/* Assembles object source into *out (overwritten; free with ck_obj_free). 0, or -1 after printing
 * diagnostics (then *out is empty). An image listing is rejected here. */
int ck_asm_to_obj(const char *file, const char *text, size_t len, ck_obj *out);

/* Disassembles an object or an image (told apart by the magic) and appends the text to *text.
 * The input is fully checked; 0, or -1 with a specific message in err. */
int ck_disasm(const uint8_t *p, size_t n, ck_buf *text, char *err, size_t errlen);

/* --- instruction decoding, shared with tools that walk code (assembler/decode.c) ------------------ */
typedef struct ck_insn {
    unsigned op;                   /* enum ck_op */
    uint32_t size;                 /* bytes, opcode included */
    unsigned nopnds;               /* operands as written, in the order of the operand string */
    struct ck_opnd {
        char kind;                 /* operand letter: r R b h w d j f n c T u; a packed p operand gives two
                                      r's, q an r and a b, Q an R and a b (the same byte), k a j, s an h */
        uint32_t at;               /* byte offset of the operand from the opcode */
        uint64_t value;            /* raw value: registers, immediates (h/j sign-extended), indices */
    } opnd[8];
    uint32_t ntab;                 /* T: number of cases N (the table has N + 1 offsets) */
    uint32_t tab_at;               /* T: offset of the first case offset from the opcode */
} ck_insn;

/* The mnemonic and operand string of an opcode, or NULL past the table. */
const char *ck_op_name(unsigned op);
const char *ck_op_operands(unsigned op);
/* Decodes the instruction at p[0..n). 0, or -1: unknown opcode (*bad_op = 1) or truncated (0). */
int ck_insn_decode(const uint8_t *p, size_t n, ck_insn *in, int *bad_op);
/* Case i (0..N-1) or the default (i == N) offset of a decoded jtab. */
int16_t ck_insn_jtab(const uint8_t *insn, const ck_insn *in, uint32_t i);

#endif
