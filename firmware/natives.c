/* The standard natives (include/cockpit/natives.h) on a board: the console is the board's UART.
 * Numbers are printed without printf, so the firmware links no formatted I/O. */
#include "board.h"
#include "ckvm.h"
#include "firmware.h"
#include "softfp.h"

static void out_u64(uint64_t v)
{
    char buf[20];
    int n = 0;
    do {
#ifdef CK_VM_SOFT_DIV64                 /* the VM's own 64-bit division (softfp.c), not libgcc's */
        uint64_t r, q = ck_sf_udivmod64(v, 10u, &r);
#else
        uint64_t q = v / 10u, r = v % 10u;
#endif
        buf[n++] = (char)('0' + (int)r);
        v = q;
    } while (v);
    while (n) ck_board_putc(buf[--n]);
}

static void out_hex(uint64_t v, int digits)
{
    while (digits--) ck_board_putc("0123456789abcdef"[(v >> (4 * digits)) & 0xFu]);
}

static void out_signed(uint64_t v)
{
    if (v >> 63) { ck_board_putc('-'); v = 0u - v; }
    out_u64(v);
}

static uint64_t pair(const uint32_t *r) { return (uint64_t)r[1] << 32 | r[0]; }

static int n_SYS_EXIT(ck_vm *vm, uint32_t *r) { vm->exit_status = r[0]; return CK_NATIVE_EXIT; }
static int n_SYS_HEAP(ck_vm *vm, uint32_t *r) { r[0] = vm->heap_start; r[1] = vm->stack_limit; return 0; }
static int n_IO_PUTCHAR(ck_vm *vm, uint32_t *r) { (void)vm; r[0] &= 0xFFu; ck_board_putc((int)r[0]); return 0; }
static int n_IO_WRITE(ck_vm *vm, uint32_t *r)
{
    const uint8_t *p = ck_vm_ptr(vm, r[0], r[1]);
    if (!p) return CK_FAULT_OOB;
    for (uint32_t i = 0; i < r[1]; i++) ck_board_putc(p[i]);
    r[0] = r[1];
    return 0;
}
static int n_IO_PRINT_I32(ck_vm *vm, uint32_t *r) { (void)vm; out_signed((uint64_t)(int64_t)(int32_t)r[0]); return 0; }
static int n_IO_PRINT_U32(ck_vm *vm, uint32_t *r) { (void)vm; out_u64(r[0]); return 0; }
static int n_IO_PRINT_I64(ck_vm *vm, uint32_t *r) { (void)vm; out_signed(pair(r)); return 0; }
static int n_IO_PRINT_U64(ck_vm *vm, uint32_t *r) { (void)vm; out_u64(pair(r)); return 0; }
static int n_IO_PRINT_X32(ck_vm *vm, uint32_t *r) { (void)vm; out_hex(r[0], 8); return 0; }
static int n_IO_PRINT_X64(ck_vm *vm, uint32_t *r) { (void)vm; out_hex(pair(r), 16); return 0; }

/* Listed by hand, not from CK_NATIVES: a native added there is refused by the loader here, by
 * name, until the firmware implements it and lists it here. */
#define N(id, name, ver, na, nr) { name, ver, na, nr, n_##id }
const ck_native ck_fw_natives[] = {
    N(SYS_EXIT, "sys.exit", 1, 1, 0),         N(SYS_HEAP, "sys.heap", 1, 0, 2),
    N(IO_PUTCHAR, "io.putchar", 1, 1, 1),     N(IO_WRITE, "io.write", 1, 2, 1),
    N(IO_PRINT_I32, "io.print_i32", 1, 1, 0), N(IO_PRINT_U32, "io.print_u32", 1, 1, 0),
    N(IO_PRINT_I64, "io.print_i64", 1, 2, 0), N(IO_PRINT_U64, "io.print_u64", 1, 2, 0),
    N(IO_PRINT_X32, "io.print_x32", 1, 1, 0), N(IO_PRINT_X64, "io.print_x64", 1, 2, 0),
};
#undef N
const uint32_t ck_fw_nnatives = sizeof ck_fw_natives / sizeof ck_fw_natives[0];

void ck_fw_print(const char *s) { while (*s) ck_board_putc(*s++); }
void ck_fw_print_u32(uint32_t v) { out_u64(v); }
void ck_fw_print_hex(uint32_t v) { out_hex(v, 8); }
