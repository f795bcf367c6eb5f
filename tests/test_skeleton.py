from pipeline.isolation import WorkerBug, run_limited

from extractors.errors import BadInput, ErrorCode


def _grab_memory():
    return bytearray(3 * 1024**3)


def _spin():
    while True:
        pass


def _fail():
    raise KeyError("bug")


def test_run_limited_returns_the_result_of_a_well_behaved_job():
    assert run_limited(divmod, 7, 2) == (3, 1)


def test_run_limited_turns_a_memory_hog_into_a_memory_error_for_the_file():
    try:
        run_limited(_grab_memory, file="x.pdf", memory_mb=512)
    except BadInput as exc:
        assert exc.code is ErrorCode.MEMORY and exc.file == "x.pdf"
    else:
        raise AssertionError("no error")


def test_run_limited_stops_a_job_that_never_ends():
    try:
        run_limited(_spin, timeout_s=1)
    except BadInput as exc:
        assert exc.code is ErrorCode.TIMEOUT
    else:
        raise AssertionError("no error")


def test_run_limited_reports_an_unexpected_exception_as_a_bug_not_bad_input():
    try:
        run_limited(_fail)
    except WorkerBug as exc:
        assert "KeyError" in str(exc)
    else:
        raise AssertionError("no error")


def test_run_limited_works_from_a_process_with_several_threads():
    import threading
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda n: run_limited(divmod, n, 3), [7, 8, 9]))
        assert threading.active_count() > 1
    assert results == [(2, 1), (2, 2), (3, 0)]
