/* rtfloat: the floating-point instructions and conversions as guest functions, for the tiny
 * instruction set (CK_OP_TINY in include/cockpit/isa.h: no add64 .. d2f). The compiler's tiny
 * profile replaces each such instruction by a call of __ck_<mnemonic>; these call the soft float
 * of vm/core/softfp.c (compiled as guest code), exactly as vm/core/interp.c does when built with
 * -DCK_VM_SOFTFP, so each gives the full VM's result bit for bit.
 *
 * No float types: an f32 is its bits in a uint32_t, an f64 its bits in a uint64_t (a register
 * pair). The arguments are the instruction's source operands in order, the result its destination
 * (stdlib/rt/rt64.cks describes the registers). make builds it, and softfp.c, with --target tiny
 * (stdlib/Makefile.inc), so that their own 64-bit operations call rt64; tests/rt/run-rt.test checks
 * every function against its instruction.
 */
#include <stdint.h>

#include "softfp.h"

#define SIGN32 0x80000000u
#define SIGN64 ((uint64_t)1 << 63)

/* f32 arithmetic */
uint32_t __ck_addf(uint32_t a, uint32_t b) { return ck_sf_add32(a, b); }
uint32_t __ck_subf(uint32_t a, uint32_t b) { return ck_sf_add32(a, b ^ SIGN32); }
uint32_t __ck_mulf(uint32_t a, uint32_t b) { return ck_sf_mul32(a, b); }
uint32_t __ck_divf(uint32_t a, uint32_t b) { return ck_sf_div32(a, b); }
uint32_t __ck_negf(uint32_t a) { return a ^ SIGN32; }
uint32_t __ck_absf(uint32_t a) { return a & ~SIGN32; }
uint32_t __ck_sqrtf(uint32_t a) { return ck_sf_sqrt32(a); }

/* f32 comparisons: ck_sf_cmp32 is -1, 0, 1, or 2 when unordered */
uint32_t __ck_eqf(uint32_t a, uint32_t b) { return ck_sf_cmp32(a, b) == 0; }
uint32_t __ck_nef(uint32_t a, uint32_t b) { return ck_sf_cmp32(a, b) != 0; }
uint32_t __ck_ltf(uint32_t a, uint32_t b) { return ck_sf_cmp32(a, b) == -1; }
uint32_t __ck_lef(uint32_t a, uint32_t b) { return (uint32_t)(ck_sf_cmp32(a, b) + 1) <= 1u; }
uint32_t __ck_unof(uint32_t a, uint32_t b) { return ck_sf_cmp32(a, b) == 2; }

/* f64 arithmetic */
uint64_t __ck_addd(uint64_t a, uint64_t b) { return ck_sf_add64(a, b); }
uint64_t __ck_subd(uint64_t a, uint64_t b) { return ck_sf_add64(a, b ^ SIGN64); }
uint64_t __ck_muld(uint64_t a, uint64_t b) { return ck_sf_mul64(a, b); }
uint64_t __ck_divd(uint64_t a, uint64_t b) { return ck_sf_div64(a, b); }
uint64_t __ck_negd(uint64_t a) { return a ^ SIGN64; }
uint64_t __ck_absd(uint64_t a) { return a & ~SIGN64; }
uint64_t __ck_sqrtd(uint64_t a) { return ck_sf_sqrt64(a); }

/* f64 comparisons */
uint32_t __ck_eqd(uint64_t a, uint64_t b) { return ck_sf_cmp64(a, b) == 0; }
uint32_t __ck_ned(uint64_t a, uint64_t b) { return ck_sf_cmp64(a, b) != 0; }
uint32_t __ck_ltd(uint64_t a, uint64_t b) { return ck_sf_cmp64(a, b) == -1; }
uint32_t __ck_led(uint64_t a, uint64_t b) { return (uint32_t)(ck_sf_cmp64(a, b) + 1) <= 1u; }
uint32_t __ck_unod(uint64_t a, uint64_t b) { return ck_sf_cmp64(a, b) == 2; }

/* conversions: float -> integer truncates toward zero, saturates, NaN -> 0 (ck_sf_f64toi) */
uint32_t __ck_i2f(uint32_t a) { return ck_sf_i64to32((uint64_t)(int64_t)(int32_t)a, 1); }
uint32_t __ck_u2f(uint32_t a) { return ck_sf_i64to32(a, 0); }
uint32_t __ck_f2i(uint32_t a) { return (uint32_t)ck_sf_f64toi(ck_sf_f32to64(a), 32, 1); }
uint32_t __ck_f2u(uint32_t a) { return (uint32_t)ck_sf_f64toi(ck_sf_f32to64(a), 32, 0); }
uint64_t __ck_i2d(uint32_t a) { return ck_sf_i64to64((uint64_t)(int64_t)(int32_t)a, 1); }
uint64_t __ck_u2d(uint32_t a) { return ck_sf_i64to64(a, 0); }
uint32_t __ck_d2i(uint64_t a) { return (uint32_t)ck_sf_f64toi(a, 32, 1); }
uint32_t __ck_d2u(uint64_t a) { return (uint32_t)ck_sf_f64toi(a, 32, 0); }
uint32_t __ck_l2f(uint64_t a) { return ck_sf_i64to32(a, 1); }
uint32_t __ck_ul2f(uint64_t a) { return ck_sf_i64to32(a, 0); }
uint64_t __ck_f2l(uint32_t a) { return ck_sf_f64toi(ck_sf_f32to64(a), 64, 1); }
uint64_t __ck_f2ul(uint32_t a) { return ck_sf_f64toi(ck_sf_f32to64(a), 64, 0); }
uint64_t __ck_l2d(uint64_t a) { return ck_sf_i64to64(a, 1); }
uint64_t __ck_ul2d(uint64_t a) { return ck_sf_i64to64(a, 0); }
uint64_t __ck_d2l(uint64_t a) { return ck_sf_f64toi(a, 64, 1); }
uint64_t __ck_d2ul(uint64_t a) { return ck_sf_f64toi(a, 64, 0); }
uint64_t __ck_f2d(uint32_t a) { return ck_sf_f32to64(a); }
uint32_t __ck_d2f(uint64_t a) { return ck_sf_f64to32(a); }
