/* Compact IEEE-754 soft float for the VM core (vm/core/softfp.c).
 *
 * For targets without a double-precision FPU (Cortex-M0, Cortex-M3, RV32IMAC, and f64 on the
 * Cortex-M4F): the interpreter built with -DCK_VM_SOFTFP calls these instead of the C float
 * operators, so that the firmware needs none of libgcc's soft-float routines. Freestanding C99.
 *
 * Every value is an IEEE-754 bit pattern: binary64 in a uint64_t, binary32 in a uint32_t.
 * Results are correctly rounded to nearest, ties to even, with subnormals in and out, signed
 * zeros and infinities; no exception flags are kept. NaNs as Arm's VFP with default-NaN off:
 * a NaN operand propagates quietened (the first operand's if it is a NaN, else the second's);
 * an invalid operation (inf - inf, 0 * inf, 0 / 0, inf / inf, sqrt of a negative number) gives
 * the default NaN, 0x7ff8000000000000 or 0x7fc00000.
 */
#ifndef COCKPIT_SOFTFP_H
#define COCKPIT_SOFTFP_H

#include <stdint.h>

/* --- binary64 --------------------------------------------------------------------------------- */
/* a + b; a - b is ck_sf_add64(a, b ^ (uint64_t)1 << 63). */
uint64_t ck_sf_add64(uint64_t a, uint64_t b);
/* a * b */
uint64_t ck_sf_mul64(uint64_t a, uint64_t b);
/* a / b (x / 0 is a signed infinity for x not 0 or NaN) */
uint64_t ck_sf_div64(uint64_t a, uint64_t b);
/* sqrt(a); sqrt(-0) is -0 */
uint64_t ck_sf_sqrt64(uint64_t a);
/* -1 if a < b, 0 if equal (+0 == -0), 1 if a > b, 2 if unordered (either is a NaN) */
int ck_sf_cmp64(uint64_t a, uint64_t b);

/* --- binary32 (computed exactly and rounded once to binary32) ----------------------------------- */
/* a + b; a - b is ck_sf_add32(a, b ^ 0x80000000u). */
uint32_t ck_sf_add32(uint32_t a, uint32_t b);
/* a * b */
uint32_t ck_sf_mul32(uint32_t a, uint32_t b);
/* a / b */
uint32_t ck_sf_div32(uint32_t a, uint32_t b);
/* sqrt(a); sqrt(-0) is -0 */
uint32_t ck_sf_sqrt32(uint32_t a);
/* -1 if a < b, 0 if equal (+0 == -0), 1 if a > b, 2 if unordered (either is a NaN) */
int ck_sf_cmp32(uint32_t a, uint32_t b);

/* --- conversions -------------------------------------------------------------------------------- */
/* binary32 -> binary64 (exact; a NaN keeps its payload and is quietened) */
uint64_t ck_sf_f32to64(uint32_t a);
/* binary64 -> binary32, rounded (a NaN keeps the top bits of its payload and is quietened) */
uint32_t ck_sf_f64to32(uint64_t a);
/* integer -> binary64, rounded; v is an int64_t (is_signed) or a uint64_t. A 32-bit integer is
 * passed sign- or zero-extended. */
uint64_t ck_sf_i64to64(uint64_t v, int is_signed);
/* integer -> binary32, rounded once, directly from the integer (as ck_sf_i64to64) */
uint32_t ck_sf_i64to32(uint64_t v, int is_signed);
/* binary64 -> integer of bits (32 or 64) bits, signed or not: truncated toward zero, saturated
 * at the type's range, NaN -> 0. The result is zero- or sign-extended to 64 bits as a value of
 * that type would be. (A binary32 source converts exactly with ck_sf_f32to64 first.) */
uint64_t ck_sf_f64toi(uint64_t a, int bits, int is_signed);

/* --- integer helper ----------------------------------------------------------------------------- */
/* a / b, and a % b in *rem; b must not be 0. For targets with no 64-bit divide instruction. */
uint64_t ck_sf_udivmod64(uint64_t a, uint64_t b, uint64_t *rem);

#endif
