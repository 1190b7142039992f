/* The Cockpit instruction set, defined once.
 *
 * Every user (interpreter, verifier, assembler, disassembler, back end) includes this file and
 * expands CK_OPS with its own X(ENUM, "mnemonic", FORM) definition. FORM is the operand string as a
 * bare token (rrh; empty for none): #FORM gives the string, CK_FORM_##FORM its number in
 * CK_FORMS, the list of distinct forms (a new form must be added there, else CK_FORM_x is
 * undeclared), so that a table per opcode can hold one byte instead of the string.
 *
 * Operand letters (encoded in this order after the opcode byte, little endian, unaligned):
 *   r  u8  register holding a 32-bit value (i32, pointer, f32 bits)
 *   R  u8  register pair r, r+1 holding a 64-bit value (low word in r)  (i64, f64 bits)
 *   b  u8  unsigned immediate
 *   h  i16 signed immediate
 *   w  u32 32-bit immediate (integer, address, f32 bits)
 *   d  u64 64-bit immediate
 *   j  i16 branch offset, relative to the address of this instruction's opcode byte
 *   f  u16 function index
 *   n  u16 native import index
 *   c  u8  call window base: the callee's r0 is the caller's r[c]
 *   T  jump table: u16 count N, then N+1 i16 branch offsets (cases 0..N-1, then the default)
 *   p  u8  two registers r0..r15 in one byte: the first (written first) in the low nibble
 *   q  u8  a register r0..r15 in the low nibble and an unsigned immediate 0..15 in the high nibble
 *   k  i8  branch offset, like j
 *   u  u16 unsigned immediate: a number, or a data address below 64 KiB (ADDR16 relocation)
 *   Q  u8  a register pair r0..r14 in the low nibble and an unsigned immediate 0..15 in the high one
 *   s  i8  signed immediate
 *   N  u8  native import index (calln.n)
 * (p, q and Q are written as two operands in assembly; the narrow ".n" forms use them.)
 *
 * Semantics are in docs/bytecode.md; each has a case in vm/core/interp.c.
 */
#ifndef COCKPIT_ISA_H
#define COCKPIT_ISA_H

#define CK_OPS(X) \
    /* moves and constants */ \
    X(NOP,     "nop",     )     \
    X(MOV,     "mov",     rr)   \
    X(MOV64,   "mov64",   RR)   \
    X(LI,      "li",      rw)   \
    X(LIH,     "lih",     rh)   \
    X(LI64,    "li64",    Rd)   \
    X(FRAME,   "frame",   rh)   \
    /* 32-bit integer arithmetic */ \
    X(ADD,     "add",     rrr)  \
    X(SUB,     "sub",     rrr)  \
    X(MUL,     "mul",     rrr)  \
    X(DIVS,    "divs",    rrr)  \
    X(DIVU,    "divu",    rrr)  \
    X(REMS,    "rems",    rrr)  \
    X(REMU,    "remu",    rrr)  \
    X(AND,     "and",     rrr)  \
    X(OR,      "or",      rrr)  \
    X(XOR,     "xor",     rrr)  \
    X(SHL,     "shl",     rrr)  \
    X(SHRS,    "shrs",    rrr)  \
    X(SHRU,    "shru",    rrr)  \
    X(MINS,    "mins",    rrr)  \
    X(MINU,    "minu",    rrr)  \
    X(MAXS,    "maxs",    rrr)  \
    X(MAXU,    "maxu",    rrr)  \
    X(ADDI,    "addi",    rrh)  \
    X(MULI,    "muli",    rrh)  \
    X(ANDI,    "andi",    rrh)  \
    X(ORI,     "ori",     rrh)  \
    X(XORI,    "xori",    rrh)  \
    X(SHLI,    "shli",    rrh)  \
    X(SHRSI,   "shrsi",   rrh)  \
    X(SHRUI,   "shrui",   rrh)  \
    X(NEG,     "neg",     rr)   \
    X(NOT,     "not",     rr)   \
    X(SEXT8,   "sext8",   rr)   \
    X(SEXT16,  "sext16",  rr)   \
    X(ZEXT8,   "zext8",   rr)   \
    X(ZEXT16,  "zext16",  rr)   \
    X(CLZ,     "clz",     rr)   \
    X(CTZ,     "ctz",     rr)   \
    X(POPCNT,  "popcnt",  rr)   \
    X(BSWAP,   "bswap",   rr)   \
    /* 32-bit comparisons: rd = 0 or 1 */ \
    X(EQ,      "eq",      rrr)  \
    X(NE,      "ne",      rrr)  \
    X(LTS,     "lts",     rrr)  \
    X(LTU,     "ltu",     rrr)  \
    X(LES,     "les",     rrr)  \
    X(LEU,     "leu",     rrr)  \
    X(EQI,     "eqi",     rrh)  \
    X(NEI,     "nei",     rrh)  \
    X(LTSI,    "ltsi",    rrh)  \
    X(LTUI,    "ltui",    rrh)  \
    X(GTSI,    "gtsi",    rrh)  \
    X(GTUI,    "gtui",    rrh)  \
    X(SELECT,  "select",  rrrr) \
    /* 64-bit integer arithmetic on register pairs */ \
    X(ADD64,   "add64",   RRR)  \
    X(SUB64,   "sub64",   RRR)  \
    X(MUL64,   "mul64",   RRR)  \
    X(DIVS64,  "divs64",  RRR)  \
    X(DIVU64,  "divu64",  RRR)  \
    X(REMS64,  "rems64",  RRR)  \
    X(REMU64,  "remu64",  RRR)  \
    X(AND64,   "and64",   RRR)  \
    X(OR64,    "or64",    RRR)  \
    X(XOR64,   "xor64",   RRR)  \
    X(SHL64,   "shl64",   RRr)  \
    X(SHRS64,  "shrs64",  RRr)  \
    X(SHRU64,  "shru64",  RRr)  \
    X(NEG64,   "neg64",   RR)   \
    X(EQ64,    "eq64",    rRR)  \
    X(NE64,    "ne64",    rRR)  \
    X(LTS64,   "lts64",   rRR)  \
    X(LTU64,   "ltu64",   rRR)  \
    X(LES64,   "les64",   rRR)  \
    X(LEU64,   "leu64",   rRR)  \
    X(SEXT64,  "sext64",  Rr)   \
    X(ZEXT64,  "zext64",  Rr)   \
    X(SELECT64,"select64",RrRR) \
    /* f32 (bits in one register) */ \
    X(ADDF,    "addf",    rrr)  \
    X(SUBF,    "subf",    rrr)  \
    X(MULF,    "mulf",    rrr)  \
    X(DIVF,    "divf",    rrr)  \
    X(NEGF,    "negf",    rr)   \
    X(ABSF,    "absf",    rr)   \
    X(SQRTF,   "sqrtf",   rr)   \
    X(EQF,     "eqf",     rrr)  \
    X(NEF,     "nef",     rrr)  \
    X(LTF,     "ltf",     rrr)  \
    X(LEF,     "lef",     rrr)  \
    X(UNOF,    "unof",    rrr)  \
    /* f64 (bits in a register pair) */ \
    X(ADDD,    "addd",    RRR)  \
    X(SUBD,    "subd",    RRR)  \
    X(MULD,    "muld",    RRR)  \
    X(DIVD,    "divd",    RRR)  \
    X(NEGD,    "negd",    RR)   \
    X(ABSD,    "absd",    RR)   \
    X(SQRTD,   "sqrtd",   RR)   \
    X(EQD,     "eqd",     rRR)  \
    X(NED,     "ned",     rRR)  \
    X(LTD,     "ltd",     rRR)  \
    X(LED,     "led",     rRR)  \
    X(UNOD,    "unod",    rRR)  \
    /* conversions (float -> int saturates; NaN -> 0) */ \
    X(I2F,     "i2f",     rr)   \
    X(U2F,     "u2f",     rr)   \
    X(F2I,     "f2i",     rr)   \
    X(F2U,     "f2u",     rr)   \
    X(I2D,     "i2d",     Rr)   \
    X(U2D,     "u2d",     Rr)   \
    X(D2I,     "d2i",     rR)   \
    X(D2U,     "d2u",     rR)   \
    X(L2F,     "l2f",     rR)   \
    X(UL2F,    "ul2f",    rR)   \
    X(F2L,     "f2l",     Rr)   \
    X(F2UL,    "f2ul",    Rr)   \
    X(L2D,     "l2d",     RR)   \
    X(UL2D,    "ul2d",    RR)   \
    X(D2L,     "d2l",     RR)   \
    X(D2UL,    "d2ul",    RR)   \
    X(F2D,     "f2d",     Rr)   \
    X(D2F,     "d2f",     rR)   \
    /* memory: rd/rs, base register, signed 16-bit offset */ \
    X(LD8S,    "ld8s",    rrh)  \
    X(LD8U,    "ld8u",    rrh)  \
    X(LD16S,   "ld16s",   rrh)  \
    X(LD16U,   "ld16u",   rrh)  \
    X(LD32,    "ld32",    rrh)  \
    X(LD64,    "ld64",    Rrh)  \
    X(ST8,     "st8",     rrh)  \
    X(ST16,    "st16",    rrh)  \
    X(ST32,    "st32",    rrh)  \
    X(ST64,    "st64",    Rrh)  \
    X(MEMCPY,  "memcpy",  rrr)  \
    X(MEMMOVE, "memmove", rrr)  \
    X(MEMSET,  "memset",  rrr)  \
    /* control flow */ \
    X(JMP,     "jmp",     j)    \
    X(BRZ,     "brz",     rj)   \
    X(BRNZ,    "brnz",    rj)   \
    X(BEQ,     "beq",     rrj)  \
    X(BNE,     "bne",     rrj)  \
    X(BLTS,    "blts",    rrj)  \
    X(BLTU,    "bltu",    rrj)  \
    X(BLES,    "bles",    rrj)  \
    X(BLEU,    "bleu",    rrj)  \
    X(BEQI,    "beqi",    rhj)  \
    X(BNEI,    "bnei",    rhj)  \
    X(BLTSI,   "bltsi",   rhj)  \
    X(BLTUI,   "bltui",   rhj)  \
    X(BGTSI,   "bgtsi",   rhj)  \
    X(BGTUI,   "bgtui",   rhj)  \
    X(JTAB,    "jtab",    rT)   \
    X(CALL,    "call",    fc)   \
    X(CALLI,   "calli",   rc)   \
    X(CALLN,   "calln",   nc)   \
    X(RET,     "ret",     )     \
    X(TRAP,    "trap",    ) \
    /* added after the first release (appended, so that every older opcode keeps its number): */ \
    /* indexed memory: rd/rs, base register, index register scaled by the access size */ \
    X(LD8SX,   "ld8sx",   rrr)  \
    X(LD8UX,   "ld8ux",   rrr)  \
    X(LD16SX,  "ld16sx",  rrr)  \
    X(LD16UX,  "ld16ux",  rrr)  \
    X(LD32X,   "ld32x",   rrr)  \
    X(LD64X,   "ld64x",   Rrr)  \
    X(ST8X,    "st8x",    rrr)  \
    X(ST16X,   "st16x",   rrr)  \
    X(ST32X,   "st32x",   rrr)  \
    X(ST64X,   "st64x",   Rrr)  \
    /* loop counters: rd += h, then compare rd with rb and branch */ \
    X(ADDIBNE, "addibne", rhrj) \
    X(ADDIBLTS,"addiblts",rhrj) \
    X(ADDIBLTU,"addibltu",rhrj) \
    /* 32-bit rotates by an immediate (b & 31) */ \
    X(ROTLI,   "rotli",   rrb)  \
    X(ROTRI,   "rotri",   rrb)  \
    /* post-increment memory: rd/rs, base register ra; the access at ra, then ra += the access size */ \
    X(LD8SPI,  "ld8spi",  rr)   \
    X(LD8UPI,  "ld8upi",  rr)   \
    X(LD16SPI, "ld16spi", rr)   \
    X(LD16UPI, "ld16upi", rr)   \
    X(LD32PI,  "ld32pi",  rr)   \
    X(ST8PI,   "st8pi",   rr)   \
    X(ST16PI,  "st16pi",  rr)   \
    X(ST32PI,  "st32pi",  rr)   \
    /* count-down loops: rd += h, then branch if rd != 0 */ \
    X(ADDIBNZ, "addibnz", rhj)  \
    /* multiply-accumulate: rd = ra * rb + rc */ \
    X(MLA,     "mla",     rrrr) \
    /* compare and select: rd = (int32)rc < 0 ? ra : rb;  rd = rx < ry (unsigned) ? ra : rb */ \
    X(SELLTZ,  "selltz",  rrrr) \
    X(SELLTU,  "selltu",  rrrrr) \
    /* xor and rotate (ARX ciphers): rd = rotl(ra ^ rb, b & 31) */ \
    X(XORROTLI,"xorrotli",rrrb) \
    /* select on one bit: rd = (rc >> (b & 31)) & 1 ? ra : rb */ \
    X(SELBIT,  "selbit",  rrbrr) \
    /* short forms: li8 rd = b; li64h pair = sign-extended h; inc/dec rd = rd + b / rd - b */ \
    X(LI8,     "li8",     rb)   \
    X(LI64H,   "li64h",   Rh)   \
    X(INC,     "inc",     rb)   \
    X(DEC,     "dec",     rb)   \
    /* Q15 dot-product step: rd += (int16)[ra] * (int16)[rb], then ra += 2, rb += 2 */ \
    X(MAC16PI, "mac16pi", rrr)  \
    /* strided loops: rd += ra, then branch if the new rd < rb (unsigned) */ \
    X(ADDBLTU, "addbltu", rrrj) \
    /* f32 multiply then add, each rounded: rd = rc + ra * rb */ \
    X(MULADDF, "muladdf", rrrr) \
    /* post-increment by any stride: the 32-bit access at ra, then ra += h */ \
    X(LD32PIS, "ld32pis", rrh)  \
    X(ST32PIS, "st32pis", rrh)  \
    /* f32 multiply then add with the product first: rd = ra * rb + rc (each rounded) */ \
    X(MULFADDF,"mulfaddf",rrrr) \
    /* 32-bit load at ra + rb (a byte offset, not scaled) */ \
    X(LD32XB,  "ld32xb",  rrr)  \
    /* narrow forms: the instruction of the same name with small registers, immediates or branch \
     * offsets, in 2-4 bytes (p/q/k operands above) */ \
    X(MOVN,    "mov.n",   p)    \
    X(LIN,     "li.n",    q)    \
    X(INCN,    "inc.n",   q)    \
    X(ADDN,    "add.n",   pr)   \
    X(XORN,    "xor.n",   pr)   \
    X(SHLIN,   "shli.n",  pb)   \
    X(SHRUIN,  "shrui.n", pb)   \
    X(MULIN,   "muli.n",  pb)   \
    X(LD8UN,   "ld8u.n",  pb)   \
    X(LD32N,   "ld32.n",  pb)   \
    X(ST32N,   "st32.n",  pb)   \
    X(JMPN,    "jmp.n",   k)    \
    X(BRZN,    "brz.n",   rk)   \
    X(BRNZN,   "brnz.n",  rk)   \
    X(BNEIN,   "bnei.n",  rbk)    \
    /* rd = u: a constant or static data address below 64 KiB in 3 bytes (li: 5) */ \
    X(LIU,     "liu",     ru)     \
    /* more narrow forms */ \
    X(LI64N,   "li64.n",  Q)      \
    X(ADDIN,   "addi.n",  ps)     \
    X(XORROTLIN,"xorrotli.n", prb) \
    X(MLAN,    "mla.n",   prr)    \
    X(LD16UN,  "ld16u.n", pb)     \
    X(ZEXT8N,  "zext8.n", p)      \
    /* calln with an 8-bit import index */ \
    X(CALLNN,  "calln.n", Nc)     \
    /* 32-bit multiply-accumulate walk (matrix products): rd += [ra] * [rb], then ra += 4, rb += h */ \
    X(MAC32PIS,"mac32pis",rrrh)   \
    /* CRC step (bitwise CRC-8/16): rd = ra << 1, xor'ed with sign-extended h when bit b of ra is set */ \
    X(CRCSHL,  "crcshl",  rrbh)   \
    /* Q15 dot-product step with the product scaled down: rd += ((int16)[ra] * (int16)[rb]) >> (b & 31) \
     * (arithmetic), then ra += 2, rb += 2 */ \
    X(MAC16PISR,"mac16pisr",rrrb) \
    /* bit array: clear bit rb of the array at ra: [ra + (rb >> 5) * 4] &= ~(1 << (rb & 31)) */ \
    X(STBCLR,  "stbclr",  rr)    \
    /* tree walks: rd = the 32-bit word at rb, then branch if rd != ra (ra read after the write); \
     * rd = the 32-bit word at rb + ro (a byte offset), then branch if rd == 0 */ \
    X(LD32BNE, "ld32bne", rrrj)  \
    X(LD32XBZ, "ld32xbz", rrrj)  \
    /* loops over strings: rd = the byte at rb, rb += 1, then branch if rd != 0 (rd written last) */ \
    X(LD8UPIBNZ,"ld8upibnz",rrj) \
    /* compare and branch, the compare's result kept in rd: rd = (Ra == Rb) (64-bit), then branch \
     * if rd == 0; rd = (ra < rb) (f32, false if unordered), then branch if rd != 0 */ \
    X(EQ64BZ,  "eq64bz",  rRRj)  \
    X(LTFBNZ,  "ltfbnz",  rrrj)  \
    /* add-rotate-xor (ChaCha, BLAKE2s, SipHash): ra = ra + rb, then rd = rotl(rd ^ ra, b & 31) */ \
    X(ADDXORROTLI,"addxorrotli",rrrb) \
    /* dot products, a whole counted loop of mac16pi / mac32pis / mac16pisr in one instruction: \
     * n = rc (0: 2^32) steps, then rc = 0 (docs/bytecode.md has the order of the writes) */ \
    X(DOT16,   "dot16",   rrrr)  \
    X(DOT32S,  "dot32s",  rrrrh) \
    X(DOT16SR, "dot16sr", rrrrb) \
    /* a string's end: the loop of ld8upibnz rd, rb to itself in one instruction: rb moves past \
     * the next 0 byte, rd = 0 */ \
    X(SKIPSTR, "skipstr", rr)

enum ck_op {
#define CK_X_ENUM(e, m, f) CK_OP_##e,
    CK_OPS(CK_X_ENUM)
#undef CK_X_ENUM
    CK_OP_COUNT
};

/* The tiny instruction set: the opcodes a VM built with -DCK_VM_TINY runs (vm/core/tiny.c, a VM
 * core for the smallest flash parts) and `cockpit build --target tiny` emits. It is the first
 * release's set without the 64-bit arithmetic, comparisons and extensions, the floating-point
 * operations and the conversions (add64 .. d2f): 89 opcodes, the same numbers and encodings, so a
 * tiny image runs on every VM. The compiler calls guest runtime functions instead (__ck_<mnemonic>,
 * stdlib/rt/); 64-bit moves, constants, loads and stores stay. docs/bytecode.md "The tiny set". */
#define CK_OP_TINY(op) ((unsigned)(op) <= CK_OP_TRAP && ((op) < CK_OP_ADD64 || (op) > CK_OP_D2F))

/* Every distinct operand string of CK_OPS, once. */
#define CK_FORMS(Y) \
    Y() Y(rr) Y(RR) Y(rw) Y(rh) Y(Rd) Y(rrr) Y(rrh) Y(rrrr) Y(RRR) Y(RRr) Y(rRR) Y(Rr) Y(RrRR) \
    Y(rR) Y(Rrh) Y(j) Y(rj) Y(rrj) Y(rhj) Y(rT) Y(fc) Y(rc) Y(nc) Y(Rrr) Y(rhrj) Y(rrb) \
    Y(rrrrr) Y(rrrb) Y(rrbrr) Y(rb) Y(Rh) Y(rrrj) Y(p) Y(q) Y(pr) Y(pb) Y(k) Y(rk) Y(rbk) Y(ru) \
    Y(Q) Y(ps) Y(prb) Y(prr) Y(Nc) Y(rrrh) Y(rrbh) Y(rRRj) Y(rrrrh) Y(rrrrb)

enum ck_form {
#define CK_Y_ENUM(f) CK_FORM_##f,
    CK_FORMS(CK_Y_ENUM)
#undef CK_Y_ENUM
    CK_FORM_COUNT
};

/* Size in bytes of one operand letter ('T' is variable: see ck_insn_size in the users). */
#define CK_OPERAND_SIZE(ch) \
    ((ch) == 'r' || (ch) == 'R' || (ch) == 'b' || (ch) == 'c' || (ch) == 'p' || (ch) == 'q' || (ch) == 'k' || \
     (ch) == 'Q' || (ch) == 's' || (ch) == 'N' ? 1 : \
     (ch) == 'h' || (ch) == 'j' || (ch) == 'f' || (ch) == 'n' || (ch) == 'u' ? 2 : \
     (ch) == 'w' ? 4 : (ch) == 'd' ? 8 : 0)

#endif
