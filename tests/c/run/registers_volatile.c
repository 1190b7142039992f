#include <stdio.h>
#include <stdint.h>
typedef struct { volatile uint32_t CR; volatile uint32_t SR; volatile uint32_t DR; } uart_regs;
static uart_regs fake;
#define UART (&fake)
#define CR_EN (1u << 0)
#define CR_TXIE (1u << 5)
#define SR_TXE (1u << 7)
#define FIELD_SET(reg, mask, shift, v) ((reg) = ((reg) & ~((mask) << (shift))) | (((v) & (mask)) << (shift)))
static void uart_send(uint8_t b) { while (!(UART->SR & SR_TXE)) { } UART->DR = b; }
int main(void) {
    UART->CR |= CR_EN | CR_TXIE;
    UART->SR = SR_TXE;
    uart_send('x');
    FIELD_SET(UART->CR, 0xfu, 8, 0xa);
    FIELD_SET(UART->CR, 0xfu, 8, 0x3);
    UART->CR &= ~CR_TXIE;
    printf("%08x %c\n", UART->CR, (int)UART->DR);
    return 0;
}
