/* BBC micro:bit (nRF51822, Cortex-M0, 16 KiB RAM), as QEMU's `-M microbit` models it: UART0 for
 * the console (pins 24/25, the USB serial of the board), TIMER0 as a 1 MHz tick, and the image
 * slots in the on-chip NOR flash, written through the NVMC (a page is erased before it is
 * written; bits only go from 1 to 0). The slot metadata is a log of words in the last page, so
 * switching slots is one word write and wears the page slowly. */
#include "board.h"

#define REG(a)          (*(volatile uint32_t *)(a))
#define UART            0x40002000u
#define UART_STARTRX    (UART + 0x000u)
#define UART_STARTTX    (UART + 0x008u)
#define UART_RXDRDY     (UART + 0x108u)
#define UART_TXDRDY     (UART + 0x11Cu)
#define UART_INTENSET   (UART + 0x304u)
#define UART_INTENCLR   (UART + 0x308u)
#define UART_ENABLE     (UART + 0x500u)
#define UART_PSELTXD    (UART + 0x50Cu)
#define UART_PSELRXD    (UART + 0x514u)
#define UART_RXD        (UART + 0x518u)
#define UART_TXD        (UART + 0x51Cu)
#define UART_BAUDRATE   (UART + 0x524u)
#define UART_IRQ        2u
#define UART_INT_RXDRDY (1u << 2)
#define TIMER0          0x40008000u
#define TIMER_START     (TIMER0 + 0x000u)
#define TIMER_CAPTURE3  (TIMER0 + 0x04Cu)
#define TIMER_MODE      (TIMER0 + 0x504u)
#define TIMER_BITMODE   (TIMER0 + 0x508u)
#define TIMER_PRESCALER (TIMER0 + 0x510u)
#define TIMER_CC3       (TIMER0 + 0x54Cu)
#define NVMC_READY      0x4001E400u
#define NVMC_CONFIG     0x4001E504u      /* 0 read only, 1 write, 2 erase */
#define NVMC_ERASEPAGE  0x4001E508u
#define NVIC_ISER       0xE000E100u
#define NVIC_ICER       0xE000E180u

#define PAGE            1024u
#define SLOT_BASE       0x0000A000u      /* after the firmware's 40 KiB */
#define SLOT_SIZE       0x0001A800u      /* two slots of 106 KiB */
#define META_PAGE       0x0003FC00u      /* the last page: the metadata log */
#define GUEST_MEM       (8u * 1024u)
#define ARENA_SIZE      (12u * 1024u)    /* guest memory, tables and stacks */

const ck_board_info ck_board = { CK_BOARD_NAME, CK_BOARD_CPU, SLOT_SIZE, GUEST_MEM };

static uint8_t arena[ARENA_SIZE] __attribute__((aligned(8), section(".noinit")));

void ck_board_init(void)
{
    REG(UART_PSELTXD) = 24;
    REG(UART_PSELRXD) = 25;
    REG(UART_BAUDRATE) = 0x01D7E000u;    /* 115200 */
    REG(UART_ENABLE) = 4;
    REG(UART_STARTTX) = 1;
    REG(UART_STARTRX) = 1;
    REG(TIMER_MODE) = 0;
    REG(TIMER_BITMODE) = 3;              /* 32 bits */
    REG(TIMER_PRESCALER) = 4;            /* 16 MHz / 2^4 */
    REG(TIMER_START) = 1;
}

void ck_board_putc(int c)
{
    REG(UART_TXDRDY) = 0;
    REG(UART_TXD) = (uint32_t)(uint8_t)c;
    while (!REG(UART_TXDRDY)) { }
}

int ck_board_getc(void)
{
    if (!REG(UART_RXDRDY)) return -1;
    REG(UART_RXDRDY) = 0;
    return (int)(REG(UART_RXD) & 0xFFu);
}

void ck_board_rx_interrupt(int on)
{
    if (on) {
        REG(UART_INTENSET) = UART_INT_RXDRDY;
        REG(NVIC_ISER) = 1u << UART_IRQ;
    } else {
        REG(NVIC_ICER) = 1u << UART_IRQ;
        REG(UART_INTENCLR) = UART_INT_RXDRDY;
    }
}

void ck_irq2_handler(void)
{
    int c;
    while ((c = ck_board_getc()) >= 0) ck_fw_rx_byte(c);
}

uint32_t ck_board_ticks(void)
{
    REG(TIMER_CAPTURE3) = 1;
    return REG(TIMER_CC3);
}

uint32_t ck_board_tick_hz(void) { return 1000000u; }

static void nvmc_wait(void)
{
    while (!(REG(NVMC_READY) & 1u)) { }
}

static void erase_page(uint32_t addr)
{
    REG(NVMC_CONFIG) = 2;
    nvmc_wait();
    REG(NVMC_ERASEPAGE) = addr;
    nvmc_wait();
    REG(NVMC_CONFIG) = 0;
    nvmc_wait();
}

static void write_word(uint32_t addr, uint32_t v)
{
    REG(NVMC_CONFIG) = 1;
    nvmc_wait();
    REG(addr) = v;
    nvmc_wait();
    REG(NVMC_CONFIG) = 0;
    nvmc_wait();
}

const uint8_t *ck_board_slot(int slot)
{
    return (const uint8_t *)(uintptr_t)(SLOT_BASE + (uint32_t)slot * SLOT_SIZE);
}

int ck_board_slot_write(int slot, uint32_t offset, const void *p, uint32_t n)
{
    if (slot < 0 || slot > 1 || offset > SLOT_SIZE || n > SLOT_SIZE - offset) return -1;
    const uint8_t *b = p;
    uint32_t a = SLOT_BASE + (uint32_t)slot * SLOT_SIZE + offset;
    while (n) {
        if (a % PAGE == 0) erase_page(a);
        /* the bytes of this word; the others stay 0xFF, which a NOR write leaves unchanged */
        uint32_t w = 0xFFFFFFFFu;
        do {
            uint32_t sh = 8u * (a & 3u);
            w &= ~(0xFFu << sh) | (uint32_t)*b++ << sh;
            a++, n--;
        } while (n && (a & 3u));
        write_word((a - 1u) & ~3u, w);
    }
    return 0;
}

uint32_t ck_board_meta_read(void)
{
    uint32_t v = 0xFFFFFFFFu;
    for (uint32_t a = META_PAGE; a < META_PAGE + PAGE && REG(a) != 0xFFFFFFFFu; a += 4) v = REG(a);
    return v;
}

void ck_board_meta_write(uint32_t v)
{
    uint32_t a = META_PAGE;
    while (a < META_PAGE + PAGE && REG(a) != 0xFFFFFFFFu) a += 4;
    if (a == META_PAGE + PAGE) {
        erase_page(META_PAGE);
        a = META_PAGE;
    }
    write_word(a, v);
}

void *ck_board_arena(uint32_t *size)
{
    *size = ARENA_SIZE;
    return arena;
}
