/* QEMU's RISC-V `virt` machine (RV32IMAC here): the NS16550A UART for the console (its receive
 * interrupt through the PLIC), the CLINT's mtime as a 10 MHz tick, the SiFive test device to
 * exit or reset, and image slots in RAM above the firmware (RAM keeps its contents across a
 * reset of the machine, which is what a flash slot must do). */
#include "board.h"

#define REG8(a)         (*(volatile uint8_t *)(a))
#define REG(a)          (*(volatile uint32_t *)(a))
#define UART            0x10000000u
#define UART_RBR        (UART + 0u)      /* THR when written */
#define UART_IER        (UART + 1u)
#define UART_LCR        (UART + 3u)
#define UART_LSR        (UART + 5u)      /* bit 0 data ready, bit 5 transmitter empty */
#define UART_IRQ        10u
#define PLIC            0x0C000000u
#define PLIC_PRIORITY   (PLIC + 4u * UART_IRQ)
#define PLIC_ENABLE     (PLIC + 0x2000u)  /* hart 0, machine mode */
#define PLIC_THRESHOLD  (PLIC + 0x200000u)
#define PLIC_CLAIM      (PLIC + 0x200004u)
#define MTIME           0x0200BFF8u
#define TEST_DEVICE     0x00100000u      /* 0x5555 pass, status << 16 | 0x3333 fail, 0x7777 reset */

#define SLOT_BASE       0x80100000u      /* two 256 KiB slots, then the metadata word */
#define SLOT_SIZE       0x00040000u
#define META_ADDR       (SLOT_BASE + 2u * SLOT_SIZE)
#define GUEST_MEM       (1024u * 1024u)  /* as the host VM */
#define ARENA_SIZE      (GUEST_MEM + SLOT_SIZE + 512u * 1024u)

const ck_board_info ck_board = { CK_BOARD_NAME, CK_BOARD_CPU, SLOT_SIZE, GUEST_MEM };

static uint8_t arena[ARENA_SIZE] __attribute__((aligned(8), section(".noinit")));

void ck_board_init(void)
{
    REG8(UART_IER) = 0;
    REG8(UART_LCR) = 3;                  /* 8N1; FCR untouched: enabling the FIFOs would drop
                                          * what the host already sent */
    REG(PLIC_PRIORITY) = 1;
    REG(PLIC_THRESHOLD) = 0;
}

/* Waits after the write until the transmitter is empty (the byte has left, also in QEMU's model,
 * which keeps it while the host side is slow): so the last bytes before ck_board_exit are not
 * lost. */
void ck_board_putc(int c)
{
    REG8(UART_RBR) = (uint8_t)c;
    while (!(REG8(UART_LSR) & 0x40u)) { }
}

int ck_board_getc(void)
{
    if (!(REG8(UART_LSR) & 1u)) return -1;
    return REG8(UART_RBR);
}

void ck_board_rx_interrupt(int on)
{
    if (on) {
        REG8(UART_IER) = 1;              /* received data available */
        REG(PLIC_ENABLE) = 1u << UART_IRQ;
        __asm__ volatile("csrs mie, %0\n\tcsrsi mstatus, 8" : : "r"(1u << 11));
    } else {
        __asm__ volatile("csrci mstatus, 8\n\tcsrc mie, %0" : : "r"(1u << 11));
        REG(PLIC_ENABLE) = 0;
        REG8(UART_IER) = 0;
    }
}

void ck_riscv_external_irq(void)
{
    uint32_t irq = REG(PLIC_CLAIM);
    int c;
    if (irq == UART_IRQ)
        while ((c = ck_board_getc()) >= 0) ck_fw_rx_byte(c);
    REG(PLIC_CLAIM) = irq;
}

uint32_t ck_board_ticks(void) { return REG(MTIME); }
uint32_t ck_board_tick_hz(void) { return 10000000u; }

const uint8_t *ck_board_slot(int slot)
{
    return (const uint8_t *)(uintptr_t)(SLOT_BASE + (uint32_t)slot * SLOT_SIZE);
}

int ck_board_slot_write(int slot, uint32_t offset, const void *p, uint32_t n)
{
    if (slot < 0 || slot > 1 || offset > SLOT_SIZE || n > SLOT_SIZE - offset) return -1;
    uint8_t *d = (uint8_t *)(uintptr_t)(SLOT_BASE + (uint32_t)slot * SLOT_SIZE + offset);
    const uint8_t *s = p;
    while (n--) *d++ = *s++;
    return 0;
}

uint32_t ck_board_meta_read(void) { return REG(META_ADDR); }
void ck_board_meta_write(uint32_t v) { REG(META_ADDR) = v; }

void *ck_board_arena(uint32_t *size)
{
    *size = ARENA_SIZE;
    return arena;
}

void ck_board_reset(void)
{
    REG(TEST_DEVICE) = 0x7777u;
    for (;;) { }
}

void ck_board_exit(int status)
{
    REG(TEST_DEVICE) = (uint32_t)status << 16 | 0x3333u;   /* QEMU exits with status */
    for (;;) { }
}
