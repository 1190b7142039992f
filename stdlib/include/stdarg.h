/* <stdarg.h> for Cockpit C: the va_list of AAPCS (a struct holding a pointer to the next
 * argument), over the front end's builtins. Defining a variadic function needs the front end's
 * -fvariadic-definitions (the standard library is built with it); using a va_list that someone
 * else started (vprintf and friends) does not. */
#ifndef _STDARG_H
#define _STDARG_H

typedef __builtin_va_list va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)
#define va_copy(dst, src) __builtin_va_copy(dst, src)

#endif
