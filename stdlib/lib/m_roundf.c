/* Rounding to integers in float: the VM converts to and from 32-bit integers exactly, so below
 * 2^23 trunc is two conversions; rint adds and removes 2^23 in the VM's rounding (to nearest,
 * ties to even), which is also roundeven and nearbyint. */
#include "m_internal.h"

#define TWO23 8388608.0f

float truncf(float x)
{
    if (!(fabsf(x) < TWO23)) return x;   /* integral already, or inf or NaN */
    return copysignf((float)(int)x, x);
}

float floorf(float x)
{
    if (!(fabsf(x) < TWO23)) return x;
    float t = (float)(int)x;
    return copysignf(t > x ? t - 1 : t, x);
}

float ceilf(float x)
{
    if (!(fabsf(x) < TWO23)) return x;
    float t = (float)(int)x;
    return copysignf(t < x ? t + 1 : t, x);
}

/* halfway cases away from zero */
float roundf(float x)
{
    if (!(fabsf(x) < TWO23)) return x;
    float t = (float)(int)x;
    if (fabsf(x - t) >= 0.5f) t += copysignf(1.0f, x);
    return copysignf(t, x);
}

float roundevenf(float x)
{
    float a = fabsf(x);
    if (!(a < TWO23)) return x;
    return copysignf((a + TWO23) - TWO23, x);
}

float rintf(float x) { return roundevenf(x); }
float nearbyintf(float x) { return roundevenf(x); }
long lroundf(float x) { return (long)roundf(x); }
long long llroundf(float x) { return (long long)roundf(x); }
long lrintf(float x) { return (long)roundevenf(x); }
long long llrintf(float x) { return (long long)roundevenf(x); }
