#include <stdint.h>
#pragma pack(push, 1)
struct frame { uint8_t id; uint32_t value; };
#pragma pack(pop)
int main(void) { return sizeof(struct frame) == 5; }
