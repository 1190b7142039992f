/* natives.c - the Cockpit natives of cktest.h for real Cortex-M code under QEMU (mps2-an385),
 * over Arm semihosting, plus the reset code. Used by cockpit-ref to check the test programs
 * themselves on a 32-bit target: clang's own Arm back end is the reference there. Also
 * paints the stack and, with CKREF_STACK defined, prints the deepest use after the output. */
#include <stdint.h>

extern uint32_t _estack, _sidata, _sdata, _edata, _sbss, _ebss;
int main(void);
void ckref_reset(void);

static int semihost(int op, const void *arg)
{
    register int r0 __asm__("r0") = op;
    register const void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

static char buf[512];
static unsigned nbuf;
static int console = -1;

static void flush(void)
{
    if (console < 0) {   /* SYS_OPEN ":tt" for writing: the host's standard output */
        const uint32_t open_args[3] = { (uint32_t)":tt", 4, 3 };
        console = semihost(0x01, open_args);
    }
    if (nbuf) {
        const uint32_t write_args[3] = { (uint32_t)console, (uint32_t)buf, nbuf };
        semihost(0x05, write_args);
    }
    nbuf = 0;
}
static void out(char c) { buf[nbuf++] = c; if (nbuf == sizeof buf || c == '\n') flush(); }
static void out_u64(uint64_t v) { char t[24]; int n = 0; do { t[n++] = (char)('0' + v % 10); v /= 10; } while (v); while (n) out(t[--n]); }
static void out_hex(uint64_t v, int digits) { while (digits--) out("0123456789abcdef"[(v >> (4 * digits)) & 15]); }

static void report_stack(void)
{
#ifdef CKREF_STACK
    const uint32_t *p = &_ebss;
    while (*p == 0xa5a5a5a5u) p++;
    const char *s = "STACK ";
    while (*s) out(*s++);
    out_u64((uintptr_t)&_estack - (uintptr_t)p);
    out('\n');
#endif
}

static void finish(int status)
{
    report_stack();
    flush();
    const uint32_t exit_args[2] = { 0x20026u, (uint32_t)status & 0xffu };   /* ADP_Stopped_ApplicationExit */
    semihost(0x20, exit_args);
    for (;;) { }
}

static void fault(void) { finish(134); }

__attribute__((section(".vectors"), used))
static const void *const vectors[16] = { &_estack, ckref_reset, fault, fault, fault, fault, fault, 0, 0, 0, 0, fault, fault, 0, fault, fault };

void ckref_reset(void)
{
    uint8_t *d = (uint8_t *)&_sdata;
    const uint8_t *s = (const uint8_t *)&_sidata;
    while (d < (uint8_t *)&_edata) *d++ = *s++;
    for (d = (uint8_t *)&_sbss; d < (uint8_t *)&_ebss; d++) *d = 0;
    uint32_t here, *p = &_ebss;
    while (p < (uint32_t *)((uintptr_t)&here - 256)) *p++ = 0xa5a5a5a5u;
    finish(main());
}

void n_print_i32(int v) __asm__("io.print_i32");
void n_print_i32(int v) { if (v < 0) { out('-'); out_u64(0u - (uint32_t)v); } else out_u64((uint32_t)v); }
void n_print_u32(unsigned v) __asm__("io.print_u32");
void n_print_u32(unsigned v) { out_u64(v); }
void n_print_i64(long long v) __asm__("io.print_i64");
void n_print_i64(long long v) { if (v < 0) { out('-'); out_u64(0ull - (uint64_t)v); } else out_u64((uint64_t)v); }
void n_print_u64(unsigned long long v) __asm__("io.print_u64");
void n_print_u64(unsigned long long v) { out_u64(v); }
void n_print_x32(unsigned v) __asm__("io.print_x32");
void n_print_x32(unsigned v) { out_hex(v, 8); }
void n_print_x64(unsigned long long v) __asm__("io.print_x64");
void n_print_x64(unsigned long long v) { out_hex(v, 16); }
int n_putchar(int c) __asm__("io.putchar");
int n_putchar(int c) { out((char)c); return c & 0xff; }
int n_write(const void *p, unsigned n) __asm__("io.write");
int n_write(const void *p, unsigned n) { const char *s = p; for (unsigned i = 0; i < n; i++) out(s[i]); return (int)n; }
void n_exit(int status) __asm__("sys.exit");
void n_exit(int status) { finish(status); }
