/* The board side of the driver: running firmware under QEMU, flashing over serial or GDB,
 * writing firmware files, listing boards. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ckflash.h"
#include "cockpit/flashproto.h"
#include "driver.h"

#ifndef CK_INSTALL_DATADIR
#define CK_INSTALL_DATADIR "/usr/local/lib/cockpit"
#endif

char *ck_data_path(const char *rel)
{
    char buf[4096];
    const char *home = getenv("COCKPIT_HOME");
    if (home && *home) {
        snprintf(buf, sizeof buf, "%s/%s", home, rel);
        return ck_xstrdup(buf);
    }
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n > 0) {
        buf[n] = 0;
        char *slash = strrchr(buf, '/');
        if (slash) {
            char cand[8192];
            *slash = 0;
            snprintf(cand, sizeof cand, "%s/%s", buf, rel);
            struct stat st;
            if (!stat(cand, &st)) return ck_xstrdup(cand);
        }
    }
    snprintf(buf, sizeof buf, "%s/%s", CK_INSTALL_DATADIR, rel);
    return ck_xstrdup(buf);
}

static const ck_board_desc *board_or_default(const char *name)
{
    const ck_board_desc *bd = ck_board_find(name ? name : "mps2-an386");
    if (!bd) {
        size_t n;
        const ck_board_desc *all = ck_boards(&n);
        fprintf(stderr, "cockpit: error: unknown board '%s' (known:", name);
        for (size_t i = 0; i < n; i++) fprintf(stderr, " %s", all[i].name);
        fprintf(stderr, ")\n");
    }
    return bd;
}

static char *firmware_path(const ck_board_desc *bd)
{
    char rel[128];
    snprintf(rel, sizeof rel, "firmware/%s.elf", bd->name);
    char *p = ck_data_path(rel);
    if (access(p, R_OK)) {
        fprintf(stderr, "cockpit: error: no firmware for '%s' at %s (build with arm-none-eabi-gcc installed)\n", bd->name, p);
        free(p);
        return NULL;
    }
    return p;
}

int ck_cmd_boards(void)
{
    size_t n;
    const ck_board_desc *all = ck_boards(&n);
    for (size_t i = 0; i < n; i++) {
        char *fw = ck_data_path("firmware");
        char rel[128];
        snprintf(rel, sizeof rel, "firmware/%s.elf", all[i].name);
        char *p = ck_data_path(rel);
        printf("%-12s %-10s %s%s\n", all[i].name, all[i].cpu, all[i].summary, access(p, R_OK) ? " [firmware not built]" : "");
        free(p);
        free(fw);
    }
    return 0;
}

int ck_cmd_firmware(const char *board, const char *output)
{
    const ck_board_desc *bd = board_or_default(board);
    if (!bd) return 1;
    char *path = firmware_path(bd);
    if (!path) return 1;
    char err[512];
    ck_buf elf = {0}, out = {0};
    const char *dot = output ? strrchr(output, '.') : NULL;
    const char *format = dot && (!strcmp(dot, ".hex") || !strcmp(dot, ".bin")) ? dot + 1 : "elf";
    char defname[160];
    if (!output) { snprintf(defname, sizeof defname, "cockpit-%s.elf", bd->name); output = defname; }
    int rc = ck_read_file(path, &elf, err, sizeof err) || ck_firmware_convert(&elf, format, &out, err, sizeof err) ||
             ck_write_file(output, out.data, out.len, err, sizeof err);
    if (rc) fprintf(stderr, "cockpit firmware: error: %s\n", err);
    else printf("%s: %s firmware for %s, %zu bytes\n", output, format, bd->name, out.len);
    ck_buf_free(&elf);
    ck_buf_free(&out);
    free(path);
    return rc ? 1 : 0;
}

/* Copies the console to stdout until the line closes. */
static void monitor(ck_port *p)
{
    char buf[512];
    for (;;) {
        int n = ck_port_read(p, buf, sizeof buf, 1000);
        if (n < 0) break;
        if (n > 0) { fwrite(buf, 1, (size_t)n, stdout); fflush(stdout); }
    }
}

int ck_cmd_flash(const uint8_t *img, size_t n, const ck_flash_cli *c)
{
    const ck_board_desc *bd = board_or_default(c->board);
    if (!bd) return 1;
    char err[512];
    if (c->gdb) {
        if (ck_flash_gdb(c->gdb, bd, img, n, err, sizeof err)) {
            fprintf(stderr, "cockpit flash: error: %s\n", err);
            return 1;
        }
        if (!c->quiet) fprintf(stderr, "flashed %zu bytes to %s through gdb %s and reset it\n", n, bd->name, c->gdb);
        return 0;
    }
    ck_port p;
    if (ck_port_open(&p, c->port, err, sizeof err)) {
        fprintf(stderr, "cockpit flash: error: %s\n", err);
        return 1;
    }
    ck_flash_opts o = { bd->name, c->quiet, 0, 0, c->timeout_ms };
    int rc = ck_flash_serial(&p, img, n, &o);
    if (!rc && !c->quiet) fprintf(stderr, "flashed %zu bytes to %s on %s, verified, running\n", n, bd->name, c->port);
    fflush(stdout);
    if (!rc && c->monitor) monitor(&p);
    ck_port_close(&p);
    return rc ? 1 : 0;
}

/* QEMU with the board's firmware, its console on a fresh unix socket. */
static pid_t start_qemu(const ck_board_desc *bd, const char *fw, const char *sock, const char *gdb)
{
    char chardev[512];
    snprintf(chardev, sizeof chardev, "socket,id=con,path=%s,server=on,wait=on", sock);
    pid_t pid = fork();
    if (pid == 0) {
        const char *argv[24];
        int a = 0;
        argv[a++] = bd->qemu;
        argv[a++] = "-M"; argv[a++] = bd->machine;
        argv[a++] = "-nographic"; argv[a++] = "-monitor"; argv[a++] = "none";
        argv[a++] = "-kernel"; argv[a++] = fw;
        argv[a++] = "-chardev"; argv[a++] = chardev;
        argv[a++] = "-serial"; argv[a++] = "chardev:con";
        argv[a++] = "-semihosting-config"; argv[a++] = "enable=on,target=native";
        if (gdb) { argv[a++] = "-gdb"; argv[a++] = gdb; }
        argv[a] = NULL;
        int devnull = open("/dev/null", O_RDWR);
        if (devnull >= 0) { dup2(devnull, 0); dup2(devnull, 1); }
        execvp(argv[0], (char *const *)argv);
        fprintf(stderr, "cockpit: error: cannot start %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    return pid;
}

int ck_run_on_board(const uint8_t *img, size_t n, const char *board, int quiet)
{
    const ck_board_desc *bd = board_or_default(board);
    if (!bd) return 1;
    char *fw = firmware_path(bd);
    if (!fw) return 1;
    char dir[] = "/tmp/cockpit-XXXXXX", sock[64], err[512];
    if (!mkdtemp(dir)) { fprintf(stderr, "cockpit: error: cannot make a temporary directory\n"); free(fw); return 1; }
    snprintf(sock, sizeof sock, "%s/console", dir);
    pid_t pid = start_qemu(bd, fw, sock, NULL);
    free(fw);
    if (pid < 0) { fprintf(stderr, "cockpit: error: cannot fork\n"); rmdir(dir); return 1; }
    ck_port p;
    char spec[96];
    snprintf(spec, sizeof spec, "unix:%s", sock);
    int connected = 0;
    for (int i = 0; i < 200 && !connected; i++) {          /* QEMU needs a moment to listen */
        if (!ck_port_open(&p, spec, err, sizeof err)) connected = 1;
        else {
            int st;
            if (waitpid(pid, &st, WNOHANG) == pid) { pid = -1; break; }
            struct timespec ts = {0, 25 * 1000 * 1000};
            nanosleep(&ts, NULL);
        }
    }
    int status = 1;
    if (!connected) {
        fprintf(stderr, "cockpit: error: the %s emulator did not start (%s)\n", bd->name, err);
    } else {
        ck_flash_opts o = { bd->name, 1, CK_FP_RUN_EXIT, 0, 5000 };
        if (!ck_flash_serial(&p, img, n, &o)) {
            fflush(stdout);
            monitor(&p);
            status = -1;
        }
        ck_port_close(&p);
    }
    if (pid > 0) {
        int st = 0;
        if (status != -1) kill(pid, SIGTERM);
        waitpid(pid, &st, 0);
        if (status == -1) status = WIFEXITED(st) ? WEXITSTATUS(st) : 1;
    }
    unlink(sock);
    rmdir(dir);
    (void)quiet;
    return status;
}
