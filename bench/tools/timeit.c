/* timeit RUNS OUT CMD [ARG...]: runs CMD RUNS times (standard output to OUT on the first run, to
 * /dev/null after), and prints the median wall time in microseconds. Exits 1 if any run fails.
 * A host tool of the benchmark runner (bench/run.sh), built with the host compiler. */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: timeit RUNS OUT CMD [ARG...]\n");
        return 2;
    }
    int runs = atoi(argv[1]);
    if (runs < 1 || runs > 1000) {
        fprintf(stderr, "timeit: bad run count '%s'\n", argv[1]);
        return 2;
    }
    double *t = calloc((size_t)runs, sizeof *t);
    if (!t) return 1;
    for (int i = 0; i < runs; i++) {
        int fd = open(i == 0 ? argv[2] : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) {
            perror(argv[2]);
            return 1;
        }
        double t0 = now_us();
        pid_t pid = fork();
        if (pid == 0) {
            dup2(fd, 1);
            execvp(argv[3], argv + 3);
            perror(argv[3]);
            _exit(127);
        }
        int st = 0;
        if (pid < 0 || waitpid(pid, &st, 0) != pid) {
            perror("timeit");
            return 1;
        }
        t[i] = now_us() - t0;
        close(fd);
        if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
            fprintf(stderr, "timeit: %s failed (status %d)\n", argv[3], st);
            return 1;
        }
    }
    qsort(t, (size_t)runs, sizeof *t, cmp);
    printf("%.0f\n", runs % 2 ? t[runs / 2] : (t[runs / 2 - 1] + t[runs / 2]) / 2);
    free(t);
    return 0;
}
