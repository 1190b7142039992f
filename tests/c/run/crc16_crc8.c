#include <stdio.h>
#include <stdint.h>
static uint16_t crc16_ccitt(const uint8_t *d, int n) {
    uint16_t crc = 0xffff;
    for (int i = 0; i < n; i++) {
        crc ^= (uint16_t)(d[i] << 8);
        for (int b = 0; b < 8; b++) crc = crc & 0x8000 ? (uint16_t)(crc << 1) ^ 0x1021 : (uint16_t)(crc << 1);
    }
    return crc;
}
static uint8_t crc8(const uint8_t *d, int n) {
    uint8_t crc = 0;
    while (n--) { crc ^= *d++; for (int b = 0; b < 8; b++) crc = crc & 0x80 ? (uint8_t)(crc << 1) ^ 0x07 : (uint8_t)(crc << 1); }
    return crc;
}
int main(void) {
    const uint8_t msg[] = "123456789";
    printf("%04x %02x\n", crc16_ccitt(msg, 9), crc8(msg, 9));
    return 0;
}
