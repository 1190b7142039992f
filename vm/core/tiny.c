/* The tiny interpreter: the VM core for the smallest flash parts, built with -DCK_VM_TINY instead of
 * interp.c (and without softfp.c). It runs the tiny instruction set, CK_OP_TINY of
 * include/cockpit/isa.h (the first release's opcodes without the 64-bit arithmetic, the floats and
 * the conversions), with exactly the semantics interp.c gives those opcodes: the same results,
 * faults (kind, function, pc, address), budget charges, natives, windows and stack checks. The
 * loader of the same build (load.c with -DCK_VM_TINY) refuses every other opcode, and verifies
 * everything else as the full build does, so this interpreter trusts what interp.c trusts.
 *
 * Design: code size first, then speed. interp.c gives each of its 231 opcodes a handler of its own
 * that ends in its own dispatch (threaded code): fast, and about 14 KB of Thumb-2. Here one switch
 * over the 89 tiny opcodes (renumbered without the gap of add64 .. d2f: one jump table) routes an
 * opcode to the code of its operand form, and the operations share what they can:
 *  - the 32-bit ALU: the rrr operations, their rrh immediate twins (addi .. shrui, eqi .. gtui) and
 *    the rr unary ones decode their operands in three places and meet in one ALU switch, followed
 *    by one register write-back;
 *  - the conditional branches decode like the comparisons (their opcodes are the comparisons' plus
 *    a constant) and run the comparison's case of the ALU switch; the taken ones, jmp and jtab share
 *    one charge-and-jump;
 *  - every load and store (ld8s .. st64) computes its address and checks its bounds in one place,
 *    then a small switch moves the bytes (one load or store of the access's width where the target
 *    allows unaligned access, as Cortex-M3/M4 do; bytes elsewhere);
 *  - call and calli share the call sequence; every fault leaves through one exit that records it;
 *  - the budget is a plain 64-bit counter (interp.c keeps a 32-bit one in a register, refilled).
 * The cost is speed: an ALU instruction or a branch dispatches twice (the opcode switch, then the
 * ALU switch) and every instruction jumps back to the one dispatch; on the host the tiny VM runs
 * the benchmarks 1.5-2x slower than interp.c. There are no per-instruction function calls or table
 * lookups beyond the switches' own jump tables.
 *
 * As in interp.c, pc points at the current instruction's opcode byte while it executes, so a fault
 * reports the faulting instruction; the budget is charged on taken branches, jtab and calls (before
 * the call's own checks, after calli's target check) and, for memcpy/memmove/memset, by the size,
 * before the bounds are checked and any byte moves.
 */
#include <string.h>

#include "ckvm.h"
#include "cockpit/isa.h"

/* --- little-endian reads and writes of code and guest memory (any alignment, any host) ------------ */
/* GCC and Clang turn the reads into one load where the target allows unaligned access (Cortex-M3,
 * M4, x86), and the writes too on a little-endian host (memcpy: one store). */
#if defined(__GNUC__)
#define memcpy __builtin_memcpy         /* -ffreestanding turns the builtins off: one store, not a call */
#endif
#if defined(__GNUC__) && (defined(__ARM_FEATURE_UNALIGNED) || defined(__x86_64__) || defined(__i386__) || \
                          defined(__aarch64__))
#define INLINE static inline __attribute__((always_inline))     /* one load */
#else
#define INLINE static                   /* byte loads: once (Cortex-M0, RISC-V) */
#endif
INLINE uint32_t rd16(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
INLINE uint32_t rd32(const uint8_t *p) { return rd16(p) | rd16(p + 2) << 16; }
#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define wr16(p, v) do { uint16_t v_ = (uint16_t)(v); memcpy((p), &v_, 2); } while (0)
#define wr32(p, v) do { uint32_t v_ = (v); memcpy((p), &v_, 4); } while (0)
#else
#define wr16(p, v) do { uint8_t *p_ = (p); uint32_t v_ = (v); p_[0] = (uint8_t)v_; p_[1] = (uint8_t)(v_ >> 8); } while (0)
#define wr32(p, v) do { uint8_t *p_ = (p); uint32_t v_ = (v); p_[0] = (uint8_t)v_; p_[1] = (uint8_t)(v_ >> 8); \
                             p_[2] = (uint8_t)(v_ >> 16); p_[3] = (uint8_t)(v_ >> 24); } while (0)
#endif

/* the sign-extended 16-bit immediate at p */
static uint32_t imm16(const uint8_t *p)
{
    return (rd16(p) ^ 0x8000u) - 0x8000u;
}

/* --- bit counting: the CPU's instruction where it has one, else short loops ---------------------- */
#if !defined(CK_VM_PORTABLE_BITS) && defined(__GNUC__) && (defined(__ARM_FEATURE_CLZ) || defined(__x86_64__) || \
                                                         defined(__i386__) || defined(__aarch64__) || defined(__riscv_zbb))
#define CLZ(v) ((v) ? (uint32_t)__builtin_clz(v) : 32u)
#define CTZ(v) ((v) ? (uint32_t)__builtin_ctz(v) : 32u)
#else
static uint32_t clz_loop(uint32_t v) { uint32_t n = 32; while (v) v >>= 1, n--; return n; }
static uint32_t ctz_loop(uint32_t v) { uint32_t n = 32; while (v) v <<= 1, n--; return n; }
#define CLZ(v) clz_loop(v)
#define CTZ(v) ctz_loop(v)
#endif


/* The opcode arithmetic the decoding relies on (isa.h appends new opcodes, never moves one). */
typedef char ck_tiny_layout[CK_OP_BEQ - CK_OP_EQ == CK_OP_BEQI - CK_OP_EQI && CK_OP_BEQ - CK_OP_EQ == CK_OP_BRZ + 2 - CK_OP_EQ &&
                            CK_OP_NE == CK_OP_EQ + 1 && CK_OP_BRNZ == CK_OP_BRZ + 1 && CK_OP_BEQI == CK_OP_BLEU + 1 &&
                            CK_OP_GTUI == CK_OP_EQI + 5 && CK_OP_JMP < CK_OP_BRZ && CK_OP_SELECT < CK_OP_JMP &&
                            CK_OP_ST64 == CK_OP_LD8S + 9 && CK_OP_ST8 == CK_OP_LD64 + 1 ? 1 : -1];
#define BR_TO_CMP   (CK_OP_BEQ - CK_OP_EQ)      /* beq .. bgtui -> eq .. gtui; brz, brnz -> eq, ne */
/* log2 of the access size of ld8s, ld8u, ld16s, ld16u, ld32, ld64, st8, st16, st32, st64, two bits each */
#define MEM_LOG2    (0u << 0 | 0u << 2 | 1u << 4 | 1u << 6 | 2u << 8 | 3u << 10 | 0u << 12 | 1u << 14 | 2u << 16 | 3u << 18)

/* --- the loop ----------------------------------------------------------------------------------- */
/* The opcode switch is over the tiny opcodes renumbered without the gap of add64 .. d2f (0..88),
 * so that the compiler makes it one jump table. */
#define DENSE(op)   ((op) > CK_OP_D2F ? (op) - (CK_OP_D2F + 1u - CK_OP_ADD64) : (op))
#define C(e)        case DENSE(CK_OP_##e)
#define R(k)        r[pc[k]]
#define FAULT(k)    do { kind = (k); goto fault; } while (0)
/* k units of budget, or the budget fault (nothing taken, nothing changed) */
#define CHARGE(k)   do { if (left < (k)) FAULT(CK_FAULT_BUDGET); left -= (k); } while (0)

int ck_vm_run(ck_vm *vm, uint64_t budget)
{
    const ck_func *const funcs = vm->funcs;
    uint8_t *const mem = vm->mem;
    const uint32_t msz = vm->mem_size;
    uint64_t left = budget ? budget : ~(uint64_t)0;
    ck_frame *fp = vm->frames + 1;
    const ck_func *fn = funcs + vm->entry;
    const uint8_t *pc = fn->entry, *at;
    uint32_t *r = vm->regs;
    uint32_t addr = 0, room = vm->stack_top - vm->stack_limit;
    int kind;

    vm->fault.kind = CK_EXIT;
    fp->fn = fn;
    fp->ret = 0;                                /* the entry's: its ret ends the run */
    if (fn->nregs > vm->nregs_total || room < fn->frame) FAULT(CK_FAULT_STACK);
    fp->room = room - fn->frame;

    for (;;) {
        uint32_t op = *pc, a, b, v, n;
        const uint8_t *q;
        switch (DENSE(op)) {
        C(NOP):
            n = 1;
            goto next;

        /* rr: rd, ra */
        C(MOV): C(NEG): C(NOT): C(SEXT8): C(SEXT16): C(ZEXT8):
        C(ZEXT16): C(CLZ): C(CTZ): C(POPCNT): C(BSWAP):
            a = R(2);
            b = 0;                              /* (unused) */
            n = 3;
            goto alu;
        /* rrr: rd, ra, rb */
        C(ADD): C(SUB): C(MUL): C(DIVS): C(DIVU): C(REMS):
        C(REMU): C(AND): C(OR): C(XOR): C(SHL): C(SHRS):
        C(SHRU): C(MINS): C(MINU): C(MAXS): C(MAXU):
        C(EQ): C(NE): C(LTS): C(LTU): C(LES): C(LEU):
            q = pc + 2;
            n = 4;
            goto two_regs;
        /* rrh: rd, ra, h */
        C(ADDI): C(MULI): C(ANDI): C(ORI): C(XORI): C(SHLI):
        C(SHRSI): C(SHRUI): C(EQI): C(NEI): C(LTSI): C(LTUI):
        C(GTSI): C(GTUI):
            q = pc + 2;
            n = 5;
            goto reg_imm;
        /* the conditional branches, as the comparison they test: ra, j / ra, rb, j / ra, h, j */
        C(BRZ): C(BRNZ):
            op -= BR_TO_CMP - 2;
            a = R(1);
            b = 0;
            n = 4;
            goto alu;
        C(BEQ): C(BNE): C(BLTS): C(BLTU): C(BLES): C(BLEU):
            op -= BR_TO_CMP;
            q = pc + 1;
            n = 5;
            goto two_regs;
        C(BEQI): C(BNEI): C(BLTSI): C(BLTUI): C(BGTSI): C(BGTUI):
            op -= BR_TO_CMP;
            q = pc + 1;
            n = 6;
            goto reg_imm;

        C(LI):      v = rd32(pc + 2); n = 6; goto write;
        C(LIH):     v = imm16(pc + 2); n = 4; goto write;
        C(FRAME):   v = vm->stack_limit + fp->room + imm16(pc + 2); n = 4; goto write;
        C(SELECT):  v = R(2) ? R(3) : R(4); n = 5; goto write;
        C(MOV64): {
            uint32_t lo = R(2), hi = r[pc[2] + 1];
            r[pc[1]] = lo;
            r[pc[1] + 1] = hi;
            n = 3;
            goto next;
        }
        C(LI64):
            r[pc[1]] = rd32(pc + 2);
            r[pc[1] + 1] = rd32(pc + 6);
            n = 10;
            goto next;

        /* memory: rd/rs (a pair for ld64/st64), base register, h */
        C(LD8S): C(LD8U): C(LD16S): C(LD16U): C(LD32): C(LD64):
        C(ST8): C(ST16): C(ST32): C(ST64): {
            uint32_t i = R(2) + imm16(pc + 3) - CK_MEM_BASE, *d = r + pc[1];
            uint8_t *m;
            if (i > msz - (1u << (MEM_LOG2 >> 2 * (op - CK_OP_LD8S) & 3u))) {
                addr = i + CK_MEM_BASE;
                FAULT(CK_FAULT_OOB);
            }
            m = mem + i;
            n = 5;
            switch (op) {
            case CK_OP_LD8S:    v = (m[0] ^ 0x80u) - 0x80u; break;
            case CK_OP_LD8U:    v = m[0]; break;
            case CK_OP_LD16S:   v = (rd16(m) ^ 0x8000u) - 0x8000u; break;
            case CK_OP_LD16U:   v = rd16(m); break;
            case CK_OP_LD64:    d[1] = rd32(m + 4); /* fall through */
            case CK_OP_LD32:    v = rd32(m); break;
            case CK_OP_ST8:     m[0] = (uint8_t)d[0]; goto next;
            case CK_OP_ST16:    wr16(m, d[0]); goto next;
            case CK_OP_ST64:    wr32(m + 4, d[1]); /* fall through */
            default:            wr32(m, d[0]); goto next;      /* st32 */
            }
            d[0] = v;
            goto next;
        }
        C(MEMCPY): C(MEMMOVE): C(MEMSET): {
            uint32_t d = R(1) - CK_MEM_BASE, s = R(2) - CK_MEM_BASE;
            n = R(3);
            if (n) {
                if (n >= CK_BUDGET_BULK) CHARGE(n / CK_BUDGET_BULK);
                addr = d;
                if (n > msz || d > msz - n) goto oob;
                addr = s;
                if (op == CK_OP_MEMSET) memset(mem + d, (int)(s + CK_MEM_BASE) & 0xff, n);
                else if (s > msz - n) goto oob;
                else memmove(mem + d, mem + s, n);
            }
            n = 4;
            goto next;
        oob:
            addr += CK_MEM_BASE;
            FAULT(CK_FAULT_OOB);
        }

        /* control flow */
        C(JMP):
            at = pc + 1;
            goto jump;
        C(JTAB):
            a = R(1);
            n = rd16(pc + 2);
            at = pc + 4 + 2u * (a < n ? a : n);
            goto jump;
        C(CALL):
            fn = funcs + rd16(pc + 1);
            a = pc[3];
            n = 4;
            goto call;
        C(CALLI):
            b = R(1) - 1u;                      /* a function pointer is its index + 1 */
            a = pc[2];
            if (b >= vm->nfuncs || a + funcs[b].span > fp->fn->nregs) FAULT(CK_FAULT_CALLI);
            fn = funcs + b;
            n = 3;
            goto call;
        C(CALLN): {
            int rc;
            CHARGE(1);
            rc = vm->natives[rd16(pc + 1)](vm, r + pc[3]);
            if (rc) {
                if (rc == CK_NATIVE_EXIT) return CK_EXIT;
                addr = vm->fault.addr;
                FAULT(rc > 0 && rc < CK_FAULT_COUNT ? rc : CK_FAULT_NATIVE);
            }
            n = 4;
            goto next;
        }
        C(RET):
            pc = fp->ret;
            if (!pc) {
                vm->exit_status = vm->entry_nrets ? r[0] : 0u;
                return CK_EXIT;
            }
            fp--;
            r -= pc[-1];                        /* the call's c operand: call and calli end with it */
            continue;
        C(TRAP):
        default:                                /* (nothing else: the loader admits only CK_OP_TINY) */
            FAULT(CK_FAULT_TRAP);
        }

    two_regs:
        a = r[q[0]];
        b = r[q[1]];
        goto alu;
    reg_imm:
        a = r[q[0]];
        b = imm16(q + 1);
    alu:
        switch (op) {
        case CK_OP_MOV:     v = a; break;
        case CK_OP_ADD: case CK_OP_ADDI:    v = a + b; break;
        case CK_OP_SUB:     v = a - b; break;
        case CK_OP_MUL: case CK_OP_MULI:    v = a * b; break;
        case CK_OP_DIVS: case CK_OP_DIVU: case CK_OP_REMS: case CK_OP_REMU:
            if (!b) FAULT(CK_FAULT_DIV0);
            if (op == CK_OP_DIVU) v = a / b;
            else if (op == CK_OP_REMU) v = a % b;
            else if (b == 0xffffffffu) v = op == CK_OP_DIVS ? 0u - a : 0u;
            else v = op == CK_OP_DIVS ? (uint32_t)((int32_t)a / (int32_t)b) : (uint32_t)((int32_t)a % (int32_t)b);
            break;
        case CK_OP_AND: case CK_OP_ANDI:    v = a & b; break;
        case CK_OP_OR: case CK_OP_ORI:      v = a | b; break;
        case CK_OP_XOR: case CK_OP_XORI:    v = a ^ b; break;
        case CK_OP_SHL: case CK_OP_SHLI:    v = a << (b & 31u); break;
        case CK_OP_SHRS: case CK_OP_SHRSI:  v = (uint32_t)((int32_t)a >> (b & 31u)); break;
        case CK_OP_SHRU: case CK_OP_SHRUI:  v = a >> (b & 31u); break;
        case CK_OP_MINS:    v = (int32_t)a < (int32_t)b ? a : b; break;
        case CK_OP_MINU:    v = a < b ? a : b; break;
        case CK_OP_MAXS:    v = (int32_t)a > (int32_t)b ? a : b; break;
        case CK_OP_MAXU:    v = a > b ? a : b; break;
        case CK_OP_NEG:     v = 0u - a; break;
        case CK_OP_NOT:     v = ~a; break;
        case CK_OP_SEXT8:   v = ((a & 0xffu) ^ 0x80u) - 0x80u; break;
        case CK_OP_SEXT16:  v = ((a & 0xffffu) ^ 0x8000u) - 0x8000u; break;
        case CK_OP_ZEXT8:   v = a & 0xffu; break;
        case CK_OP_ZEXT16:  v = a & 0xffffu; break;
        case CK_OP_CLZ:     v = CLZ(a); break;
        case CK_OP_CTZ:     v = CTZ(a); break;
        case CK_OP_POPCNT:  for (v = 0; a; a &= a - 1u) v++; break;
        case CK_OP_BSWAP:   v = a >> 24 | (a >> 8 & 0xff00u) | (a << 8 & 0xff0000u) | a << 24; break;
        /* comparisons, also of the branches */
        case CK_OP_EQ: case CK_OP_EQI:      v = a == b; goto compared;
        case CK_OP_NE: case CK_OP_NEI:      v = a != b; goto compared;
        case CK_OP_LTS: case CK_OP_LTSI:    v = (int32_t)a < (int32_t)b; goto compared;
        case CK_OP_LTU: case CK_OP_LTUI:    v = a < b; goto compared;
        case CK_OP_LES:     v = (int32_t)a <= (int32_t)b; goto compared;
        case CK_OP_LEU:     v = a <= b; goto compared;
        case CK_OP_GTSI:    v = (int32_t)a > (int32_t)b; goto compared;
        default:            v = a > b; goto compared;      /* gtui */
        }
    write:
        r[pc[1]] = v;
    next:
        pc += n;
        continue;
    compared:
        if (*pc < CK_OP_JMP) goto write;
        if (!v) goto next;
        at = pc + n - 2;                        /* a branch's offset is its last operand */
    jump:
        CHARGE(1);
        pc += (int32_t)(rd16(at) ^ 0x8000u) - 0x8000;     /* the signed 16-bit offset at at */
        continue;
    call: {                                     /* fn at window a; n: the call's length */
        uint32_t *w = r + a;
        CHARGE(1);
        if ((uintptr_t)w + 4u * fn->nregs > fp->lim || fp->room < fn->frame) FAULT(CK_FAULT_STACK);
        fp[1].ret = pc + n;
        fp[1].fn = fn;
        fp[1].room = fp->room - fn->frame;
        fp++;
        r = w;
        pc = fn->entry;
        continue;
    }
    }

fault:
    fn = fp->fn;
    vm->fault.kind = kind;
    vm->fault.func = (uint32_t)(fn - funcs);
    vm->fault.pc = (uint32_t)(pc - fn->entry);
    vm->fault.addr = kind == CK_FAULT_OOB ? addr : 0u;
    return kind;
}
#undef CHARGE
#undef FAULT
#undef R
#undef C
#undef DENSE
