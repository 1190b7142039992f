/* A helper that the optimiser inlines into its caller: the fault's line is in this header. */
static inline int load_at(const int *base, int i)
{
    int k = i * 2;
    return base[k];                  /* FAULT */
}
