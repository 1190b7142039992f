/* <cockpit/io.h>: the VM's console natives (docs/bytecode.md, "Calling natives"). stdio.h builds
 * on these; call them directly for the smallest images. */
#ifndef _COCKPIT_IO_H
#define _COCKPIT_IO_H

#include <stddef.h>

int ck_io_putchar(int c) __asm__("io.putchar");                     /* returns c */
size_t ck_io_write(const void *p, size_t n) __asm__("io.write");      /* returns n */
void ck_io_print_i32(int v) __asm__("io.print_i32");                 /* signed decimal */
void ck_io_print_u32(unsigned v) __asm__("io.print_u32");            /* unsigned decimal */
void ck_io_print_i64(long long v) __asm__("io.print_i64");
void ck_io_print_u64(unsigned long long v) __asm__("io.print_u64");
void ck_io_print_x32(unsigned v) __asm__("io.print_x32");            /* 8 lowercase hex digits */
void ck_io_print_x64(unsigned long long v) __asm__("io.print_x64");  /* 16 lowercase hex digits */

#endif
