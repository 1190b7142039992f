/* __ck_iprintf, __ck_ivprintf, __ck_ifprintf, __ck_ivfprintf: printf.c without floating point
 * (see format.h). The compiler calls them for a literal format with no f e g a conversion. */
#define CK_NO_FLOAT 1
#include "printf.c"
