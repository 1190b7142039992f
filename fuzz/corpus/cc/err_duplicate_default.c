int main(void) {
    switch (1) {
    default: break;
    default: break;
    }
    return 0;
}
