/* Bare-metal harness for the native side of the Cortex-M4 figures (QEMU mps2-an386): vector table
 * and start-up, CMSDK UART0 output, the CMSDK timer 0 as a tick counter, and semihosting exit.
 * It times the benchmark's main() and prints "ticks N" after its output. Under QEMU with
 * -icount shift=0 one instruction takes 1 ns and the 25 MHz timer ticks every 40 instructions. */
#include "../bench.h"

#define REG(a)       (*(volatile u32 *)(a))
#define UART_DATA    0x40004000u
#define UART_STATE   0x40004004u     /* bit 0: TX full */
#define UART_CTRL    0x40004008u     /* bit 0: TX enable */
#define UART_BAUDDIV 0x40004010u
#define TIMER_CTRL   0x40000000u     /* bit 0: enable */
#define TIMER_VALUE  0x40000004u     /* counts down at 25 MHz */
#define TIMER_RELOAD 0x40000008u

extern u32 _estack, _sidata, _sdata, _edata, _sbss, _ebss;
int main(void);
void bench_reset(void);

/* gcc may emit calls to these for struct copies and initialisers */
void *memcpy(void *d, const void *s, unsigned n)
{
    u8 *p = d;
    const u8 *q = s;
    while (n--) *p++ = *q++;
    return d;
}

void *memmove(void *d, const void *s, unsigned n)
{
    u8 *p = d;
    const u8 *q = s;
    if (p < q) while (n--) *p++ = *q++;
    else while (n--) p[n] = q[n];
    return d;
}

void *memset(void *d, int c, unsigned n)
{
    u8 *p = d;
    while (n--) *p++ = (u8)c;
    return d;
}

int bench_putchar(int c)
{
    while (REG(UART_STATE) & 1u) { }
    REG(UART_DATA) = (u8)c;
    return c;
}

void bench_print_u32(u32 v)
{
    char buf[10];
    int n = 0;
    do { buf[n++] = (char)('0' + v % 10u); v /= 10u; } while (v);
    while (n) bench_putchar(buf[--n]);
}

void bench_print_x32(u32 v)
{
    for (int i = 7; i >= 0; i--) bench_putchar("0123456789abcdef"[(v >> (4 * i)) & 15u]);
}

static void semihost_exit(int status)
{
    /* SYS_EXIT_EXTENDED with ADP_Stopped_ApplicationExit and the status */
    u32 block[2] = { 0x20026u, (u32)status };
    register u32 r0 __asm__("r0") = 0x20;
    register const u32 *r1 __asm__("r1") = block;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    for (;;) { }
}

static void hang(void)
{
    bench_putchar('!');
    semihost_exit(3);
}

__attribute__((section(".vectors"), used))
static const void *const vectors[16] = {
    &_estack, bench_reset, hang, hang, hang, hang, hang, 0, 0, 0, 0, hang, hang, 0, hang, hang,
};

void bench_reset(void)
{
    u32 *d = &_sdata;
    const u32 *s = &_sidata;
    while (d < &_edata) *d++ = *s++;
    for (d = &_sbss; d < &_ebss; d++) *d = 0;
    REG(0xE000ED88u) |= 0xFu << 20;            /* CPACR: enable the FPU */
    __asm__ volatile("dsb\n isb");
    REG(UART_BAUDDIV) = 16;
    REG(UART_CTRL) = 1;
    REG(TIMER_RELOAD) = 0xFFFFFFFFu;
    REG(TIMER_VALUE) = 0xFFFFFFFFu;
    REG(TIMER_CTRL) = 1;
    u32 t0 = REG(TIMER_VALUE);
    int status = main();
    u32 t1 = REG(TIMER_VALUE);
    const char *p = "ticks ";
    while (*p) bench_putchar(*p++);
    bench_print_u32(t0 - t1);
    bench_putchar('\n');
    semihost_exit(status);
}
