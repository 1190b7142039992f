/* The part of <string.h> the firmware and the VM core use, implemented in libc.c: the firmware
 * links no C library (and the RISC-V toolchain may not have one). */
#ifndef COCKPIT_FW_STRING_H
#define COCKPIT_FW_STRING_H

#include <stddef.h>

void *memcpy(void *restrict d, const void *restrict s, size_t n);
void *memmove(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
char *strcpy(char *restrict d, const char *restrict s);

#endif
