/* <math.h> for Cockpit C (docs/stdlib.md, "<math.h>"): the C99 functions in double and float,
 * written in Cockpit C in stdlib/lib/m_*.c. No errno and no floating-point exception flags;
 * the VM always rounds to nearest. The classification macros are type-generic by size. */
#ifndef _MATH_H
#define _MATH_H

typedef float float_t;
typedef double double_t;

/* INFINITY and HUGE_VAL overflow at translation time; NAN is 0/0, a quiet NaN (positive when
 * folded in code; a static initialiser gets the compiling host's default NaN). */
#define INFINITY (1e30f * 1e30f)
#define NAN (0.0f / 0.0f)
#define HUGE_VALF INFINITY
#define HUGE_VAL (1e300 * 1e300)

#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4
#define FP_ILOGB0 (-2147483647 - 1)
#define FP_ILOGBNAN (-2147483647 - 1)
#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
#define math_errhandling 0   /* neither: errno is not set and there are no exception flags */

#define M_E 2.7182818284590452354
#define M_LOG2E 1.4426950408889634074
#define M_LOG10E 0.43429448190325182765
#define M_LN2 0.69314718055994530942
#define M_LN10 2.30258509299404568402
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_PI_4 0.78539816339744830962
#define M_1_PI 0.31830988618379067154
#define M_2_PI 0.63661977236758134308
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2 1.41421356237309504880
#define M_SQRT1_2 0.70710678118654752440

/* --- classification: by the argument's size, so float and double both work ----------------- */
static inline unsigned long long __ck_dbits(double x)
{
    union { double d; unsigned long long u; } v;
    v.d = x;
    return v.u;
}

static inline unsigned __ck_fbits(float x)
{
    union { float f; unsigned u; } v;
    v.f = x;
    return v.u;
}

static inline int __ck_fpclassify(double x)
{
    unsigned long long e = __ck_dbits(x) << 1 >> 53, m = __ck_dbits(x) << 12;
    return e == 0x7ff ? (m ? FP_NAN : FP_INFINITE) : e ? FP_NORMAL : m ? FP_SUBNORMAL : FP_ZERO;
}

static inline int __ck_fpclassifyf(float x)
{
    unsigned e = __ck_fbits(x) << 1 >> 24, m = __ck_fbits(x) << 9;
    return e == 0xff ? (m ? FP_NAN : FP_INFINITE) : e ? FP_NORMAL : m ? FP_SUBNORMAL : FP_ZERO;
}

static inline int __ck_isnan(double x) { return (__ck_dbits(x) << 1) > 0xffe0000000000000ull; }
static inline int __ck_isinf(double x) { return (__ck_dbits(x) << 1) == 0xffe0000000000000ull; }
static inline int __ck_isfinite(double x) { return (__ck_dbits(x) << 1) < 0xffe0000000000000ull; }
static inline int __ck_signbit(double x) { return (int)(__ck_dbits(x) >> 63); }

#define fpclassify(x) (sizeof(x) == sizeof(float) ? __ck_fpclassifyf(x) : __ck_fpclassify(x))
#define isnormal(x) (fpclassify(x) == FP_NORMAL)
#define isnan(x) __ck_isnan(x)
#define isinf(x) __ck_isinf(x)
#define isfinite(x) __ck_isfinite(x)
#define signbit(x) __ck_signbit(x)
/* the comparisons without a NaN are plain comparisons in the VM (none raises anything) */
static inline int __ck_isunordered(double x, double y) { return x != x || y != y; }
static inline int __ck_isgreater(double x, double y) { return x > y; }
static inline int __ck_isgreaterequal(double x, double y) { return x >= y; }
static inline int __ck_isless(double x, double y) { return x < y; }
static inline int __ck_islessequal(double x, double y) { return x <= y; }
static inline int __ck_islessgreater(double x, double y) { return x < y || x > y; }
#define isunordered(x, y) __ck_isunordered(x, y)
#define isgreater(x, y) __ck_isgreater(x, y)
#define isgreaterequal(x, y) __ck_isgreaterequal(x, y)
#define isless(x, y) __ck_isless(x, y)
#define islessequal(x, y) __ck_islessequal(x, y)
#define islessgreater(x, y) __ck_islessgreater(x, y)

/* --- functions ------------------------------------------------------------------------------ */
double fabs(double x);
double copysign(double x, double y);
double floor(double x);
double ceil(double x);
double trunc(double x);
double round(double x);
double roundeven(double x);
double rint(double x);
double nearbyint(double x);
long lround(double x);
long long llround(double x);
long lrint(double x);
long long llrint(double x);
double fmod(double x, double y);
double remainder(double x, double y);
double sqrt(double x);
double cbrt(double x);
double hypot(double x, double y);
double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double exp(double x);
double exp2(double x);
double exp10(double x);
double expm1(double x);
double log(double x);
double log2(double x);
double log10(double x);
double log1p(double x);
double pow(double x, double y);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double asinh(double x);
double acosh(double x);
double atanh(double x);
double ldexp(double x, int n);
double scalbn(double x, int n);
double scalbln(double x, long n);
double frexp(double x, int *e);
double modf(double x, double *ip);
int ilogb(double x);
double logb(double x);
double fmin(double x, double y);
double fmax(double x, double y);
double fdim(double x, double y);
double fma(double x, double y, double z);
double nan(const char *tag);
double nextafter(double x, double y);

float fabsf(float x);
float copysignf(float x, float y);
float floorf(float x);
float ceilf(float x);
float truncf(float x);
float roundf(float x);
float roundevenf(float x);
float rintf(float x);
float nearbyintf(float x);
long lroundf(float x);
long long llroundf(float x);
long lrintf(float x);
long long llrintf(float x);
float fmodf(float x, float y);
float remainderf(float x, float y);
float sqrtf(float x);
float cbrtf(float x);
float hypotf(float x, float y);
float sinf(float x);
float cosf(float x);
float tanf(float x);
float asinf(float x);
float acosf(float x);
float atanf(float x);
float atan2f(float y, float x);
float expf(float x);
float exp2f(float x);
float exp10f(float x);
float expm1f(float x);
float logf(float x);
float log2f(float x);
float log10f(float x);
float log1pf(float x);
float powf(float x, float y);
float sinhf(float x);
float coshf(float x);
float tanhf(float x);
float asinhf(float x);
float acoshf(float x);
float atanhf(float x);
float ldexpf(float x, int n);
float scalbnf(float x, int n);
float scalblnf(float x, long n);
float frexpf(float x, int *e);
float modff(float x, float *ip);
int ilogbf(float x);
float logbf(float x);
float fminf(float x, float y);
float fmaxf(float x, float y);
float fdimf(float x, float y);
float fmaf(float x, float y, float z);
float nanf(const char *tag);
float nextafterf(float x, float y);

/* sqrt, fabs and copysign are VM instructions: calls go straight to the LLVM intrinsics (the
 * functions above still exist, for pointers and after #undef). */
double __ck_sqrt(double x) __asm__("llvm.sqrt.f64");
float __ck_sqrtf(float x) __asm__("llvm.sqrt.f32");
double __ck_copysign(double x, double y) __asm__("llvm.copysign.f64");
float __ck_copysignf(float x, float y) __asm__("llvm.copysign.f32");
#define sqrt(x) __ck_sqrt(x)
#define sqrtf(x) __ck_sqrtf(x)
#define fabs(x) __builtin_fabs(x)
#define fabsf(x) __builtin_fabsf(x)
#define copysign(x, y) __ck_copysign(x, y)
#define copysignf(x, y) __ck_copysignf(x, y)

#endif
