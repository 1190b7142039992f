/* The Cockpit natives for the native reference build of tests/ir/ll/*.ll (ll.sh): the IR calls
 * them by their native names (@"\01io.print_i32", ...), which these asm labels define on the host. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

void n_print_i32(int32_t v) __asm__("io.print_i32");
void n_print_u32(uint32_t v) __asm__("io.print_u32");
void n_print_i64(int64_t v) __asm__("io.print_i64");
void n_print_u64(uint64_t v) __asm__("io.print_u64");
void n_print_x32(uint32_t v) __asm__("io.print_x32");
void n_print_x64(uint64_t v) __asm__("io.print_x64");
int32_t n_putchar(int32_t c) __asm__("io.putchar");
int32_t n_write(const char *p, int32_t n) __asm__("io.write");
void n_exit(int32_t s) __asm__("sys.exit");

void n_print_i32(int32_t v) { printf("%d", v); }
void n_print_u32(uint32_t v) { printf("%u", v); }
void n_print_i64(int64_t v) { printf("%lld", (long long)v); }
void n_print_u64(uint64_t v) { printf("%llu", (unsigned long long)v); }
void n_print_x32(uint32_t v) { printf("%08x", v); }
void n_print_x64(uint64_t v) { printf("%016llx", (unsigned long long)v); }
int32_t n_putchar(int32_t c) { putchar(c & 0xff); return c & 0xff; }
int32_t n_write(const char *p, int32_t n) { fwrite(p, 1, (size_t)n, stdout); return n; }
void n_exit(int32_t s) { fflush(stdout); exit(s & 0xff); }
