/* fabs and copysign: VM instructions (math.h makes calls inline; these are for pointers). */
#include "m_internal.h"

#undef fabs
#undef fabsf
#undef copysign
#undef copysignf

double fabs(double x) { return __builtin_fabs(x); }
float fabsf(float x) { return __builtin_fabsf(x); }
double copysign(double x, double y) { return __ck_copysign(x, y); }
float copysignf(float x, float y) { return __ck_copysignf(x, y); }
