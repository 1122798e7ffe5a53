import CMalloc

/// glibc's allocator, set up once before any command runs.
enum MallocSetup {
    /// Blocks of a megabyte or more are mapped on their own and given back to the system when
    /// freed. glibc otherwise raises that threshold each time such a block is freed, up to
    /// 32 MB, and then serves the big buffers of a build (a page's HTML, a search index of
    /// tens of megabytes, the arrays that grow while it is made) from heaps that keep what
    /// they free: a cold build of 11,000 files peaked some 25 MB higher.
    static func install() {
        _ = mallopt(M_MMAP_THRESHOLD, 1 << 20)
    }
}
