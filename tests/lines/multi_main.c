/* Two objects linked into one image (multi_lib.c holds the faulting function): the linker keeps
 * the reachable functions, renumbers them and merges their line tables and file names. */
int lib_unused(int x);
int lib_check(int x);

int main(void)
{
    int s = 0;
    for (int i = 0; i < 4; i++)
        s += lib_check(i);
    return s;
}
