/* The VM side of the Cortex-M4 figures: the firmware's VM core, natives and board code (built
 * with the firmware's flags), with this main in place of the loader. It runs the image linked
 * in by image.S and prints "ticks N" for ck_vm_run alone (load and verification excluded). */
#include "board.h"
#include "ckvm.h"

extern const ck_native ck_fw_natives[];
extern const uint32_t ck_fw_nnatives;
extern const uint8_t bench_image[], bench_image_end[];
void ck_fw_print(const char *s);
void ck_fw_print_u32(uint32_t v);

static ck_vm vm;

void ck_fw_rx_byte(int c) { (void)c; }

int main(void)
{
    static char err[160];
    uint32_t arena_size;
    ck_board_init();
    void *arena = ck_board_arena(&arena_size);
    if (ck_vm_load(&vm, bench_image, (uint32_t)(bench_image_end - bench_image), ck_fw_natives, ck_fw_nnatives,
                   arena, arena_size, ck_board.guest_mem, err, sizeof err)) {
        ck_fw_print("image rejected: ");
        ck_fw_print(err);
        ck_fw_print("\n");
        ck_board_exit(1);
    }
    uint32_t t0 = ck_board_ticks();
    int r = ck_vm_run(&vm, 0);
    uint32_t t1 = ck_board_ticks();
    if (r != CK_EXIT) {
        ck_fw_print("fault: ");
        ck_fw_print(ck_vm_fault_name(r));
        ck_fw_print("\n");
        ck_board_exit(134);
    }
    ck_fw_print("ticks ");
    ck_fw_print_u32(t1 - t0);
    ck_fw_print("\n");
    ck_board_exit((int)(vm.exit_status & 0xFFu));
}
