/* Rounding to integers in double: the VM converts to and from 64-bit integers exactly, so below
 * 2^52 trunc is two conversions; rint adds and removes 2^52 in the VM's rounding (to nearest,
 * ties to even), which is also roundeven and nearbyint. */
#include "m_internal.h"

#define TWO52 4503599627370496.0

double trunc(double x)
{
    if (!(fabs(x) < TWO52)) return x;   /* integral already, or inf or NaN */
    return copysign((double)(long long)x, x);
}

double floor(double x)
{
    if (!(fabs(x) < TWO52)) return x;
    double t = (double)(long long)x;
    return copysign(t > x ? t - 1 : t, x);
}

double ceil(double x)
{
    if (!(fabs(x) < TWO52)) return x;
    double t = (double)(long long)x;
    return copysign(t < x ? t + 1 : t, x);
}

/* halfway cases away from zero */
double round(double x)
{
    if (!(fabs(x) < TWO52)) return x;
    double t = (double)(long long)x;
    if (fabs(x - t) >= 0.5) t += copysign(1.0, x);
    return copysign(t, x);
}

double roundeven(double x)
{
    double a = fabs(x);
    if (!(a < TWO52)) return x;
    return copysign((a + TWO52) - TWO52, x);
}

double rint(double x) { return roundeven(x); }
double nearbyint(double x) { return roundeven(x); }
long lround(double x) { return (long)round(x); }
long long llround(double x) { return (long long)round(x); }
long lrint(double x) { return (long)roundeven(x); }
long long llrint(double x) { return (long long)roundeven(x); }
