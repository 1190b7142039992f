/* sqrt: the VM's correctly rounded square root instruction (math.h makes calls inline). */
#include "m_internal.h"

#undef sqrt
#undef sqrtf

double sqrt(double x) { return __ck_sqrt(x); }
float sqrtf(float x) { return __ck_sqrtf(x); }
