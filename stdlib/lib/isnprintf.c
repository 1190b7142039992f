/* __ck_isnprintf, __ck_ivsnprintf, __ck_isprintf, __ck_ivsprintf: snprintf.c without floating
 * point (see format.h). The compiler calls them for a literal format with no f e g a conversion. */
#define CK_NO_FLOAT 1
#include "snprintf.c"
