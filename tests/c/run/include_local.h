#ifndef INCLUDE_LOCAL_H
#define INCLUDE_LOCAL_H
#define HELPER_CONST 17
static int helper_value(void) { return 25; }
#endif
